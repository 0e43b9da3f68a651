using System.Text;
using Conformance.Checks;
using Conformance.Execution;
using Conformance.Reporting;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Conformance.Suite;

/// <summary>
/// Maps a verdict to NUnit: FAIL → failed, WARN → warning, SKIP → ignored with the reason,
/// INCONCLUSIVE → inconclusive with the reason, PASS → passed. A FAIL or WARN is recorded as an
/// assertion without a stack trace: the frames would be the adapter's and NUnit's, never the
/// target's; the message says everything (requirement, basis, quote, source, expected, actual,
/// the request and the command that runs the scenario again).
/// </summary>
internal static class VerdictMapper
{
    /// <summary>One scenario run on several targets: the worst result decides (a failure on one target fails the test).</summary>
    public static void Apply(IReadOnlyList<ScenarioResult> results, string reproduction)
    {
        foreach (var other in results.Where(r => r.Target is not null)) TestContext.Out.WriteLine($"{other.Target}: {ReportText.Word(other.Verdict)}");
        Apply(results.MaxBy(r => GridCell.Severity(r.Verdict))!, reproduction);
    }

    public static void Apply(ScenarioResult result, string reproduction)
    {
        switch (result.Verdict)
        {
            case Verdict.Skip:
                Assert.Ignore(result.Reason ?? "skipped");
                break;
            case Verdict.Inconclusive:
                Assert.Inconclusive(result.Reason ?? "the evidence cannot tell");
                break;
            case Verdict.Fail:
                throw new SuiteFailure(Message(result, reproduction));
            case Verdict.Warn:
                TestExecutionContext.CurrentContext.CurrentResult.RecordAssertion(AssertionStatus.Warning, Message(result, reproduction), null);
                break;
            default:
                TestContext.Out.WriteLine($"{result.Scenario.Id}: PASS ({result.Outcomes.Count} checks)");
                break;
        }
    }

    /// <summary>The failure text: the scenario, then each broken requirement, then how to run it again.</summary>
    public static string Message(ScenarioResult result, string reproduction)
    {
        var text = new StringBuilder();
        text.AppendLine($"{ReportText.Word(result.Verdict)} {result.Scenario.Id}{(result.Target is null ? "" : $" on {result.Target}")}: {result.Scenario.DisplayName}");
        foreach (var failure in FailureDetail.Of(result).OrderByDescending(f => f.Level))
        {
            text.AppendLine()
                .AppendLine($"[{ReportText.LevelAndBasis(failure.Level, failure.Basis)}] {failure.RequirementId}: {failure.Title}");
            if (failure.Quote is not null) text.AppendLine($"  Quote:    “{ReportText.OneLine(failure.Quote)}”");
            if (failure.Source is not null) text.AppendLine($"  Source:   {failure.Source}{(failure.Seed is null ? "" : $" (seed {failure.Seed})")}");
            text.AppendLine($"  Expected: {failure.Expected}")
                .AppendLine($"  Actual:   {failure.Actual}");
            if (failure.Curl is { } curl) text.AppendLine($"  Request:  {curl}");
        }

        text.AppendLine().Append($"Reproduce: {reproduction}");
        return text.ToString();
    }
}
