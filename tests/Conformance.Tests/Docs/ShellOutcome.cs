namespace Conformance.Tests.Docs;

/// <summary>How a command ended: exit code (-1 when stopped at its time bound) and everything it printed.</summary>
public sealed record ShellOutcome(int ExitCode, string Output, bool TimedOut)
{
    /// <summary>The end of the output, for an assertion message.</summary>
    public string Tail => Output.Length <= 6000 ? Output : "…" + Output[^6000..];
}
