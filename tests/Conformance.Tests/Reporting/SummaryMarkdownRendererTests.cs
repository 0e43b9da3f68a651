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
            Assert.That(md, Does.Contain($"- **MUST, documented** `{SampleRun.ReplayId}` — “{SampleRun.ReplayQuote}”"));
            Assert.That(md, Does.Contain("  - Expected: `400`"));
            Assert.That(md, Does.Contain("```sh\ncurl -X PUT 'https://staging.example.test/auth/credentials/activate'"));
            Assert.That(md, Does.Contain($"Rerun this scenario against the same target:\n\n```sh\n./run-conformance.sh --target https://staging.example.test --profile {SampleRun.Profile} --only {SampleRun.ReplayId}\n```"));
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
            Assert.That(md, Does.Not.Contain("### Failed"));
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

    [Test]
    public void Render_TheFailureHeading_CountsScenariosAsTheSummaryLineDoes()
    {
        // The replay scenario broke two requirements: one scenario, two requirements listed under it.
        var run = SampleRun.Create();
        var replay = run.Scenarios[1];
        var second = new Conformance.Checks.CheckOutcome("replay-no-effect", Conformance.Checks.CheckStatus.Fail, "dfns.credentials.activate/nonce/replay-no-effect",
            Conformance.Spec.Vocabulary.RequirementLevel.Must, "the replay changed the credential", "inactive", "active", 1);
        run = run with { Scenarios = run.Scenarios.Select(s => s == replay ? s with { Outcomes = [.. s.Outcomes, second] } : s).ToList() };

        var md = new SummaryMarkdownRenderer().Render(run, new ReportOptions());

        Assert.Multiple(() =>
        {
            Assert.That(run.SummaryLine, Does.Contain("1 warned").And.Contain("2 failed"));
            Assert.That(md, Does.Contain("### Failed and warned scenarios (3: 2 failed, 1 warned)"));
            Assert.That(System.Text.RegularExpressions.Regex.Count(md, "#### × FAIL `dfns.credentials.activate/nonce/replay-rejected`"), Is.EqualTo(1));
            Assert.That(md, Does.Contain("`dfns.credentials.activate/nonce/replay-no-effect`"));
        });
    }

    [Test]
    public void Quote_WithMarkupProseWouldEscape_IsOneCodeSpan_NotLiteralBackslashes()
    {
        const string quote = "**`X-DFNS-NONCE` already used** ```JSON { \"error\": 1 }";

        Assert.Multiple(() =>
        {
            Assert.That(MarkdownText.Quote(quote), Is.EqualTo("````" + quote + "````"));
            Assert.That(MarkdownText.Quote(quote), Does.Not.Contain("\\"));
            Assert.That(MarkdownText.Quote("A nonce MUST NOT be accepted twice."), Is.EqualTo("A nonce MUST NOT be accepted twice."));
            Assert.That(MarkdownText.Quote("`X-DFNS-NONCE` already used"), Is.EqualTo("`X-DFNS-NONCE` already used"));
        });
    }

    [Test]
    public void Text_AQuoteWithCodeSpans_KeepsThemAsCode()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MarkdownText.Text("`X-DFNS-NONCE` already used"), Is.EqualTo("`X-DFNS-NONCE` already used"));
            Assert.That(MarkdownText.Text("set `a_b` and *c*"), Is.EqualTo("set `a_b` and \\*c\\*"));
            Assert.That(MarkdownText.Text("an odd ` backtick"), Is.EqualTo("an odd \\` backtick"));
            Assert.That(MarkdownText.Text("empty `` pair"), Is.EqualTo("empty \\`\\` pair"));
        });
    }
}
