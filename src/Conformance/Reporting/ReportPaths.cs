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
    IReadOnlyList<string> Warnings);
