using Conformance.Execution;
using Conformance.Reporting.Allure;

namespace Conformance.Reporting;

/// <summary>
/// Writes every report of a run into a hidden staging folder, redacts any secret the recording
/// missed (and says so), renders the Allure HTML when asked, then publishes it as the run's
/// timestamp folder, points <c>latest</c> at it and deletes run folders beyond
/// <see cref="ReportOptions.Keep"/>. A failed write leaves nothing behind.
/// </summary>
internal sealed class ReportComposer(
    ReportOptions options,
    IReadOnlyCollection<string> secrets,
    IAllureResultsWriter allure,
    IAllureHtmlRenderer html)
{
    public const string AllureResults = "allure-results";
    public const string AllureReport = "allure-report";

    private static readonly IReadOnlyList<IReportRenderer> Renderers =
        [new SummaryHtmlRenderer(), new SummaryJsonRenderer(), new SummaryMarkdownRenderer(), new JUnitRenderer()];

    public ReportPaths Write(RunResult run, string reportsRoot)
    {
        var root = Path.GetFullPath(reportsRoot);
        Directory.CreateDirectory(root);
        var staging = Path.Combine(root, $".staging-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var renderer in Renderers)
            {
                File.WriteAllText(Path.Combine(staging, renderer.FileName), renderer.Render(run, options), new System.Text.UTF8Encoding(false));
            }

            allure.Write(run, Path.Combine(staging, AllureResults), options);
            var warnings = new List<string>();
            if (SecretGuard.Warning(new SecretGuard(secrets).Scrub(staging)) is { } scrubbed) warnings.Add(scrubbed);

            var rendered = false;
            if (options.RenderHtml)
            {
                var warning = html.Render([Path.Combine(staging, AllureResults)], Path.Combine(staging, AllureReport));
                if (warning is null) rendered = true;
                else warnings.Add(warning);

                // The renderer only copies what it was given, but the guard covers every file kept.
                if (rendered && SecretGuard.Warning(new SecretGuard(secrets).Scrub(Path.Combine(staging, AllureReport))) is { } inHtml) warnings.Add(inHtml);
            }

            var folder = ReportFolders.Publish(staging, root, options.TimeProvider.GetUtcNow());
            // latest/ shows the last complete run: an incomplete one never replaces it.
            var latest = run.Incomplete is null ? ReportFolders.RefreshLatest(folder, root) : null;
            ReportFolders.Prune(root, options.Keep, folder);
            return new ReportPaths(
                folder,
                latest,
                Path.Combine(folder, AllureResults),
                rendered ? Path.Combine(folder, AllureReport, "index.html") : null,
                Path.Combine(folder, "summary.html"),
                Path.Combine(folder, "summary.json"),
                Path.Combine(folder, "summary.md"),
                Path.Combine(folder, "junit.xml"),
                warnings);
        }
        finally
        {
            ReportFolders.DeleteQuietly(staging);
        }
    }
}
