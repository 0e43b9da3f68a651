using Conformance.Execution;
using Conformance.Reporting;
using Conformance.Reporting.Allure;

namespace Conformance.Tests.Reporting;

/// <summary>
/// The Allure report as really rendered (Allure 3 CLI from package-lock.json, through
/// scripts/render-allure.sh) holds no analytics and no external URL: what a vendor opens reaches
/// nothing outside file://. Needs node and npm (npm ci on first use).
/// </summary>
[TestFixture]
[Category("html")]
public sealed class AllureReportOfflineTests
{
    [Test]
    [CancelAfter(600_000)]
    public void TheRenderedAllureReport_HasNoAnalyticsAndNoExternalUrl()
    {
        if (!OnPath("node") || !OnPath("npm")) Assert.Ignore("node/npm not on PATH: the Allure report cannot be rendered here");
        using var temp = new TempFolder();

        var paths = ReportWriter.WriteAll(SampleRun.Create(), temp.Path, new ReportOptions { RenderHtml = true, RepoRoot = RepositoryPaths.Root });

        Assert.That(paths.Warnings, Is.Empty, "the report was rendered and kept");
        var html = File.ReadAllText(paths.AllureReport!);
        Assert.Multiple(() =>
        {
            Assert.That(html, Has.Length.GreaterThan(1_000_000), "a real single-file report");
            Assert.That(html, Does.Contain("id=\"allure-packed-app\"").And.Contain("id=\"allure-packed-data\""), "packed by scripts/allure-offline.mjs (an Allure upgrade may change the page it expects)");
            Assert.That(html, Does.Not.Contain("data:text/javascript;base64,"), "the app is packed, not left as a base64 data: script");
            Assert.That(html, Does.Not.Contain("googletagmanager").And.Not.Contain("gtag("));
            Assert.That(ExternalUrls.In(html), Is.Empty);
        });
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}
