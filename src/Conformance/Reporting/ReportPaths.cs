namespace Conformance.Reporting;

/// <summary>Where <see cref="ReportWriter.WriteAll"/> put each file of one run.</summary>
/// <param name="Folder">The run's own folder, <c>reports/&lt;UTC timestamp&gt;/</c>; never overwritten later.</param>
/// <param name="Latest"><c>reports/latest</c>, a link to <see cref="Folder"/> (a copy where links cannot be made); null for an incomplete run, which never replaces it.</param>
/// <param name="AllureReport">The rendered single-file Allure report, or null when it was not rendered.</param>
/// <param name="Warnings">One line each, for the console (e.g. why the HTML report was not rendered).</param>
public sealed record ReportPaths(
    string Folder,
    string? Latest,
    string AllureResults,
    string? AllureReport,
    string SummaryHtml,
    string SummaryJson,
    string SummaryMarkdown,
    string JUnit,
    IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// What <see cref="Latest"/> is, as it is on disk: <c>reports/latest links to it</c> (a symbolic
    /// link, no second copy), <c>copied to reports/latest</c> (where no link could be made), or
    /// that an incomplete run left it as it was.
    /// </summary>
    public string LatestNote() =>
        Latest is null ? $"an incomplete run: {ReportFolders.Latest} left as it was"
        : new FileInfo(Latest).LinkTarget is not null ? $"{Latest} links to it"
        : $"copied to {Latest}";
}
