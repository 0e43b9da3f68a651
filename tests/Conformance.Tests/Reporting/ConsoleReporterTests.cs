using Conformance.Checks;
using Conformance.Execution;
using Conformance.Reporting;

namespace Conformance.Tests.Reporting;

[TestFixture]
public sealed class ConsoleReporterTests
{
    [Test]
    public void ScenarioFinished_Verbose_PrintsEveryScenario_WithItsChecks()
    {
        var output = new StringWriter { NewLine = "\n" };
        var console = new ConsoleReporter(output, ConsoleDetail.Verbose);

        foreach (var result in SampleRun.Create().Scenarios) console.ScenarioFinished(result);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines.Where(l => !l.StartsWith(' ')), Is.EqualTo(new[]
            {
                "✔ dfns.credentials.activate/positive/valid-body",
                "× dfns.credentials.activate/nonce/replay-rejected",
                "! dfns.credentials.deactivate/errors/unknown-id-message",
                $"- dfns.credentials.activate/permission/forbidden ({SampleRun.SkipReason})",
                "✔ senhasegura.credential.enable/envelope/code-matches-status",
                "× senhasegura.credential.enable/envelope/unreachable",
            }));
            Assert.That(lines, Does.Contain($"    × expectation [MUST] {SampleRun.ReplayId}: expected 400, actual 200 OK <script>alert(1)</script>"));
            Assert.That(lines, Does.Contain("    ! error-message [SHOULD] dfns.credentials.deactivate/errors/message: expected message \"Credential not found\", actual message \"not found\""));
        });
    }

    [Test]
    public void ScenarioFinished_Normal_PrintsOnlyTheScenariosThatNeedALook()
    {
        var output = new StringWriter { NewLine = "\n" };
        var console = new ConsoleReporter(output);

        foreach (var result in SampleRun.Create().Scenarios) console.ScenarioFinished(result);

        Assert.That(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            "× dfns.credentials.activate/nonce/replay-rejected",
            "! dfns.credentials.deactivate/errors/unknown-id-message",
            "× senhasegura.credential.enable/envelope/unreachable",
        }));
    }

    [Test]
    public void Quiet_PrintsNoScenario_AndOfTheSummaryOnlyTheUnrestoredFixturesAndTheSummaryLine()
    {
        var output = new StringWriter { NewLine = "\n" };
        var console = new ConsoleReporter(output, ConsoleDetail.Quiet);
        var run = SampleRun.Create();

        foreach (var result in run.Scenarios) console.ScenarioFinished(result);
        console.WriteSummary(run);
        console.WriteReportPaths(new ReportPaths("r/2026", "r/latest", "r/2026/allure-results", null, "r/2026/summary.html", "j", "m", "x", []));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines[^1], Is.EqualTo(run.SummaryLine));
            Assert.That(lines[..^1], Has.All.StartsWith("× fixture "));
            Assert.That(lines[..^1], Is.Not.Empty);
        });
    }

    [Test]
    public void WriteSummary_PrintsH2specFailureBlocksTheTableAndTheSummaryLine()
    {
        var output = new StringWriter { NewLine = "\n" };
        var run = SampleRun.Create();

        new ConsoleReporter(output).WriteSummary(run);
        var text = output.ToString();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain(
                "× dfns.credentials.activate/nonce/replay-rejected\n"
                + "  PUT /auth/credentials/activate › Replays a used nonce\n"
                + $"  -> [MUST, documented] {SampleRun.ReplayId}: {SampleRun.ReplayQuote}\n"
                + "     Expected: 400\n"
                + "       Actual: 200 OK <script>alert(1)</script>\n"
                + "        Rerun: ./run-conformance.sh --target https://staging.example.test --profile profiles/staging.yaml --only " + SampleRun.ReplayId + "\n"
                + "         curl: curl -X PUT 'https://staging.example.test/auth/credentials/activate'"));
            Assert.That(text, Does.Contain("(cannot be replayed as is: it carried one-time values (X-DFNS-NONCE)"), "the curl line says it cannot replay the nonce");
            Assert.That(text, Does.Contain("! dfns.credentials.deactivate/errors/unknown-id-message\n"));
            Assert.That(text, Does.Contain("Operation                                 Pass  Warn  Inc.  Skip  Fail\n"));
            Assert.That(text, Does.Contain("dfns PUT /auth/credentials/activate          1     0     0     1     1\n"));
            Assert.That(text, Does.Contain("× fixture NOT restored: dfns credential cr-bbbbb"));
            Assert.That(text.TrimEnd(), Does.EndWith(run.SummaryLine));
        });
    }

    [Test]
    public void WriteSummary_ACleanRun_PrintsNoFailures()
    {
        var output = new StringWriter { NewLine = "\n" };

        new ConsoleReporter(output).WriteSummary(SampleRun.Clean());

        Assert.That(output.ToString(), Does.Not.Contain("Failures:").And.EndWith("2 scenarios, 2 passed, 0 warned, 0 inconclusive, 0 skipped, 0 failed\n"));
    }

    [Test]
    public void WriteReportPaths_PrintsWhereAndEachWarning()
    {
        var output = new StringWriter { NewLine = "\n" };
        var paths = new ReportPaths("r/2026", "r/latest", "r/2026/allure-results", null, "r/2026/summary.html", "j", "m", "x", ["HTML report not rendered: node/npm not found on PATH."]);

        new ConsoleReporter(output).WriteReportPaths(paths);

        Assert.That(output.ToString(), Does.Contain("Reports: r/2026 (also r/latest)\n").And.Contain("! HTML report not rendered"));
    }

    [Test]
    public void ScenarioFinished_FromParallelScenarios_WritesWholeLines()
    {
        var output = new StringWriter { NewLine = "\n" };
        var console = new ConsoleReporter(output);
        var failed = SampleRun.Create().Scenarios[1];

        Parallel.For(0, 200, _ => console.ScenarioFinished(failed));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(200));
            Assert.That(lines, Has.All.EqualTo("× dfns.credentials.activate/nonce/replay-rejected"));
        });
    }

    [Test]
    public void WriteSummary_Normal_CountsTheDocumentationGapsInOneLine_AndFailuresStayListed()
    {
        var output = new StringWriter { NewLine = "\n" };

        new ConsoleReporter(output).WriteSummary(WithGaps(3));

        var text = output.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("\n~ 3 documentation gaps (dfns 3): not failures, answers the documents do not cover; listed in summary.html; --verbose lists them here\n"));
            Assert.That(text, Does.Not.Contain("Documentation gaps (").And.Not.Contain("  ~ dfns:"), "no gap is listed one by one");
            Assert.That(text, Does.Contain("× dfns.credentials.activate/nonce/replay-rejected\n"), "failures are listed as before");
        });
    }

    [Test]
    public void WriteSummary_Verbose_ListsEveryDocumentationGap()
    {
        var output = new StringWriter { NewLine = "\n" };

        new ConsoleReporter(output, ConsoleDetail.Verbose).WriteSummary(WithGaps(3));

        var lines = output.ToString().Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain("Documentation gaps (3), not failures: the documents do not cover what the target answered:"));
            Assert.That(lines.Count(l => l.StartsWith("  ~ dfns: the documents do not say what case ", StringComparison.Ordinal)), Is.EqualTo(3));
            Assert.That(lines, Has.None.Contains("--verbose lists them here"));
        });
    }

    /// <summary>The sample run with <paramref name="count"/> distinct documentation gaps on its passing scenario.</summary>
    private static RunResult WithGaps(int count)
    {
        var run = SampleRun.Create();
        var passed = run.Scenarios[0];
        var gaps = Enumerable.Range(1, count).Select(i => new CheckOutcome("status_code_conformance", CheckStatus.Gap, $"dfns.credentials.activate/response/status-documented-{i}",
            Conformance.Spec.Vocabulary.RequirementLevel.Should, $"the documents do not say what case {i} answers", "200", "403 Forbidden"));
        return run with { Scenarios = [passed with { Outcomes = [.. passed.Outcomes, .. gaps] }, .. run.Scenarios.Skip(1)] };
    }
}
