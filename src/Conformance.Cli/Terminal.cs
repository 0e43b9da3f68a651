namespace Conformance.Cli;

/// <summary>
/// What the standard output is: a terminal a person watches (a live progress line, colour unless
/// NO_COLOR is set) or a log (plain lines, no escape sequence at all: redirected, piped, CI set, TERM=dumb).
/// </summary>
internal sealed record Terminal(bool Interactive, bool Color)
{
    public static Terminal Detect() => Detect(Environment.GetEnvironmentVariable, Console.IsOutputRedirected);

    public static Terminal Detect(Func<string, string?> environment, bool outputRedirected)
    {
        var ci = environment("CI") is { Length: > 0 } value && value is not ("0" or "false");
        var interactive = !outputRedirected && !ci && environment("TERM") is not "dumb";

        // no-color.org: NO_COLOR set to anything but the empty string turns colour off.
        return new Terminal(interactive, interactive && environment("NO_COLOR") is not { Length: > 0 });
    }

    /// <summary>A log: the plain writer for everything.</summary>
    public static Terminal Log { get; } = new(false, false);
}
