namespace Conformance.Reporting;

/// <summary>How much the console says while a run goes (--quiet, the default, --verbose).</summary>
public enum ConsoleDetail
{
    /// <summary>The summary line and what went wrong with the run itself (unrestored fixtures); warnings and errors go to stderr as always.</summary>
    Quiet,

    /// <summary>Each scenario that needs a look (FAIL, WARN, INCONCLUSIVE) as it finishes, then failure blocks, the table and the summary.</summary>
    Normal,

    /// <summary>Every scenario as it finishes, with each check's outcome, then everything <see cref="Normal"/> prints.</summary>
    Verbose,
}
