using System.Text.Json.Nodes;
using Conformance.Execution;
using Conformance.Reporting;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Tests.Reporting;

/// <summary>
/// A run that stopped before its end is INCOMPLETE in every report, never PASSED, and does not
/// replace latest/; a restoration the suite cannot confirm reads "UNCONFIRMED", never "restored".
/// </summary>
[TestFixture]
public sealed class IncompleteReportTests
{
    private TempFolder temp = null!;

    [SetUp]
    public void SetUp() => temp = new TempFolder();

    [TearDown]
    public void TearDown() => temp.Dispose();

    private static RunResult Incomplete() => SampleRun.Clean() with { Incomplete = "stopped by SIGTERM", NotRun = 151 };

    [Test]
    public void EveryRenderer_SaysIncomplete_AndNeverPassed()
    {
        var run = Incomplete();
        var options = new ReportOptions();

        var markdown = new SummaryMarkdownRenderer().Render(run, options);
        var json = JsonNode.Parse(new SummaryJsonRenderer().Render(run, options))!;
        var html = new SummaryHtmlRenderer().Render(run, options);
        var junit = new JUnitRenderer().Render(run, options);
        var console = new StringWriter();
        new ConsoleReporter(console).WriteSummary(run);

        Assert.Multiple(() =>
        {
            Assert.That(markdown.Split('\n')[0], Does.Contain("INCOMPLETE").And.Not.Contain("PASSED"));
            Assert.That(json["passed"]!.GetValue<bool>(), Is.False);
            Assert.That(json["incomplete"]!.GetValue<string>(), Is.EqualTo("stopped by SIGTERM"));
            Assert.That(json["notRun"]!.GetValue<int>(), Is.EqualTo(151));
            Assert.That(html, Does.Contain("<div class=\"word\">INCOMPLETE</div>").And.Not.Contain("PASSED"));
            Assert.That(junit, Does.Contain("type=\"INCOMPLETE\"").And.Contain("151 scenarios did not run"));
            Assert.That(console.ToString(), Does.Contain("INCOMPLETE (stopped by SIGTERM): 151 scenarios not run"));
        });
    }

    [Test]
    public void AnIncompleteRun_DoesNotReplaceLatest()
    {
        var complete = ReportWriter.WriteAll(SampleRun.Clean(), temp.Path, new ReportOptions { TimeProvider = new FakeTimeProvider(SampleRun.Start) });
        var incomplete = ReportWriter.WriteAll(Incomplete(), temp.Path, new ReportOptions { TimeProvider = new FakeTimeProvider(SampleRun.Start.AddMinutes(1)) });

        Assert.Multiple(() =>
        {
            Assert.That(incomplete.Latest, Is.Null);
            Assert.That(File.ReadAllText(Path.Combine(complete.Latest!, "summary.json")), Does.Not.Contain("stopped by SIGTERM"));
            Assert.That(File.ReadAllText(incomplete.SummaryJson), Does.Contain("stopped by SIGTERM"));
        });
    }

    [Test]
    public void AnUnconfirmedRestoration_IsNeverCalledRestored()
    {
        var run = SampleRun.Clean() with { Unrestored = [new FixtureRestoreFailure("senhasegura", "credential", "11", "inactive", null, "nothing could tell its state afterwards") { Unconfirmed = true }] };
        var options = new ReportOptions();

        var markdown = new SummaryMarkdownRenderer().Render(run, options);
        var json = JsonNode.Parse(new SummaryJsonRenderer().Render(run, options))!;

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Contain("Fixture restoration UNCONFIRMED"));
            Assert.That(json["unrestoredFixtures"]![0]!["restoration"]!.GetValue<string>(), Is.EqualTo("unconfirmed"));
            Assert.That(json["passed"]!.GetValue<bool>(), Is.False, "an unconfirmed restoration fails the run");
        });
    }
}
