using Conformance.Reporting;

namespace Conformance.Tests.Reporting;

[TestFixture]
public sealed class SummaryMarkdownRendererTests
{
    [Test]
    public void Render_ShowsTheGateTheScoreAndEveryFailureWithItsCurl()
    {
        var md = new SummaryMarkdownRenderer().Render(SampleRun.Create(), new ReportOptions());

        Assert.Multiple(() =>
        {
            Assert.That(md, Does.StartWith("## Conformance ❌ FAILED: dfns, senhasegura"));
            Assert.That(md, Does.Contain("`https://staging.example.test`"));
            Assert.That(md, Does.Contain("| dfns | **75%** (3/4) | 0/1 | 1 | 1 | 0 | 1 | 1 |"));
            Assert.That(md, Does.Contain($"#### × FAIL `dfns.credentials.activate/nonce/replay-rejected`"));
            Assert.That(md, Does.Contain($"- Requirement: **MUST, documented** `{SampleRun.ReplayId}`"));
            Assert.That(md, Does.Contain("- Expected: `400`"));
            Assert.That(md, Does.Contain("```sh\ncurl -X PUT 'https://staging.example.test/auth/credentials/activate'"));
            Assert.That(md, Does.Contain("#### ! WARN"));
            Assert.That(md, Does.Contain("> [!CAUTION]\n> Fixture NOT restored: dfns credential `cr-bbbbb`"));
            Assert.That(md, Does.Contain(SampleRun.SkipReason));
            Assert.That(md.TrimEnd(), Does.EndWith("**6 scenarios, 2 passed, 1 warned, 0 inconclusive, 1 skipped, 2 failed**"));
        });
    }

    [Test]
    public void Render_ACleanRun_SaysPassedAndListsNoFailures()
    {
        var md = new SummaryMarkdownRenderer().Render(SampleRun.Clean(), new ReportOptions());

        Assert.Multiple(() =>
        {
            Assert.That(md, Does.StartWith("## Conformance ✅ PASSED"));
            Assert.That(md, Does.Not.Contain("### Failures"));
            Assert.That(md, Does.Not.Contain("CAUTION"));
        });
    }

    [Test]
    public void Render_ManyFailures_StaysUnderAPullRequestCommentsLimit()
    {
        var run = SampleRun.Create();
        var replay = run.Scenarios[1];
        var many = Enumerable.Range(0, 2000).Select(i => replay with { Scenario = replay.Scenario with { Id = $"{replay.Scenario.Id}-{i}" } }).ToList();

        var md = new SummaryMarkdownRenderer().Render(run with { Scenarios = many }, new ReportOptions());

        Assert.Multiple(() =>
        {
            Assert.That(md, Has.Length.LessThan(65_536));
            Assert.That(md, Does.Contain("… and 1975 more (see summary.html)"));
            Assert.That(md, Does.Contain("- … 1875 not listed here"));
        });
    }

    [Test]
    public void Code_TextWithBackticks_KeepsItsFence()
    {
        Assert.That(MarkdownText.Code("a `b` c"), Is.EqualTo("``a `b` c``"));
    }
}
