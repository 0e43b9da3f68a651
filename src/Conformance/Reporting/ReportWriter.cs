using Conformance.Execution;
using Conformance.Reporting.Allure;

namespace Conformance.Reporting;

/// <summary>
/// The one entry point of reporting: renders a <see cref="RunResult"/> to
/// <c>reports/&lt;UTC timestamp&gt;/</c> (allure-results/, optional allure-report/, summary.html,
/// summary.json, summary.md, junit.xml), points <c>reports/latest</c> at it and keeps the newest
/// <see cref="ReportOptions.Keep"/> run folders.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes all reports of <paramref name="run"/> under <paramref name="reportsRoot"/>.</summary>
    /// <param name="secrets">
    /// Secret values of the run (e.g. <see cref="Http.SecretRegistry.Values"/>). Any that a report
    /// file would contain is replaced by <c>[REDACTED]</c>, and <see cref="ReportPaths.Warnings"/>
    /// names the files: the report is kept.
    /// </param>
    public static ReportPaths WriteAll(RunResult run, string reportsRoot, ReportOptions options, IReadOnlyCollection<string>? secrets = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrEmpty(reportsRoot);
        ArgumentNullException.ThrowIfNull(options);
        var composer = new ReportComposer(options, secrets ?? [], new AllureResultsWriter(), new AllureHtmlRenderer(options.RepoRoot));
        return composer.Write(run, reportsRoot);
    }
}
