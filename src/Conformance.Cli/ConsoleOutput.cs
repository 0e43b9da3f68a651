using Spectre.Console;

namespace Conformance.Cli;

/// <summary>
/// Where a command's standard output goes. On a terminal, through Spectre.Console, so lines printed
/// while the live progress line shows land above it, coloured unless NO_COLOR; in a log, straight to
/// the writer, so no escape sequence ever reaches a file or a CI log.
/// </summary>
internal sealed class ConsoleOutput
{
    /// <param name="stderr">The standard error; null: none given (tests), errors go to <paramref name="stdout"/>'s writer.</param>
    /// <param name="errorRedirected">Whether the standard error goes somewhere else than the terminal (a file, a pipe).</param>
    public ConsoleOutput(Terminal terminal, TextWriter stdout, TextWriter? stderr = null, bool errorRedirected = false)
    {
        Terminal = terminal;
        if (!terminal.Interactive)
        {
            Out = stdout;
            Error = stderr ?? stdout;
            return;
        }

        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = terminal.Color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(stdout),
        });
        Out = new StyledLineWriter(Ansi, terminal.Color);

        // A warning written straight to the terminal while the live progress line is drawn lands
        // beside it and leaves a stale copy of it on screen. When both streams are the same
        // terminal, error lines go through the live display too: it clears its line, prints the
        // error above and redraws. Redirected, the standard error stays as it is.
        Error = stderr is not null && errorRedirected ? stderr : new StyledLineWriter(Ansi, terminal.Color);
    }

    public Terminal Terminal { get; }

    /// <summary>The Spectre console of a terminal; null in a log.</summary>
    public IAnsiConsole? Ansi { get; }

    /// <summary>Whole lines, styled by what they say on a colour terminal.</summary>
    public TextWriter Out { get; }

    /// <summary>Warnings and errors: through the live display when the standard error is the same terminal, else the standard error.</summary>
    public TextWriter Error { get; }

    public static ConsoleOutput Detect() => new(Terminal.Detect(), Console.Out, Console.Error, Console.IsErrorRedirected);
}
