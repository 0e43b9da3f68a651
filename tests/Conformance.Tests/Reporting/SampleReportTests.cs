using Conformance.Reporting;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Tests.Reporting;

/// <summary>
/// Writes the sample run's reports where CI and people can open them: run explicitly,
/// <c>dotnet test --filter Name=WritesSampleReport</c>, with CONFORMANCE_SAMPLE_REPORTS naming the
/// reports root (default: the test work folder). Renders the Allure HTML when node is there.
/// </summary>
[TestFixture]
public sealed class SampleReportTests
{
    [Test]
    [Explicit("Writes a sample report for scripts/check-reports-in-browser.sh; needs node for the HTML.")]
    public void WritesSampleReport()
    {
        var root = Environment.GetEnvironmentVariable("CONFORMANCE_SAMPLE_REPORTS")
            ?? Path.Combine(TestContext.CurrentContext.WorkDirectory, "sample-reports");
        var options = new ReportOptions { RenderHtml = true, TimeProvider = new FakeTimeProvider(DateTimeOffset.UtcNow) };
        var paths = ReportWriter.WriteAll(SampleRun.Create(), root, options);
        TestContext.Out.WriteLine(paths.Folder);
        foreach (var warning in paths.Warnings) TestContext.Out.WriteLine(warning);
        Assert.That(File.Exists(paths.SummaryHtml), Is.True);
    }
}
