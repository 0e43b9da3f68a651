using System.Text;
using Conformance.Checks;
using Conformance.Execution;
using Conformance.Http;

namespace Conformance.Suite;

/// <summary>
/// Maps a verdict to NUnit: FAIL → failed test with requirement → expected → actual → curl;
/// WARN → warning; SKIP → ignored with the reason; PASS → passed.
/// </summary>
internal static class VerdictMapper
{
    /// <summary>One scenario run on several targets: the worst result decides (a failure on one target fails the test).</summary>
    public static void Apply(IReadOnlyList<ScenarioResult> results)
    {
        foreach (var other in results.Where(r => r.Target is not null)) TestContext.Out.WriteLine($"{other.Target}: {other.Verdict}");
        Apply(results.MaxBy(r => Severity(r.Verdict))!);
    }

    private static int Severity(Verdict verdict) => verdict switch
    {
        Verdict.Fail => 4,
        Verdict.Inconclusive => 3,
        Verdict.Warn => 2,
        Verdict.Pass => 1,
        _ => 0,
    };

    public static void Apply(ScenarioResult result)
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
                Assert.Fail(Message(result));
                break;
            case Verdict.Warn:
                Assert.Warn(Message(result));
                break;
            default:
                TestContext.Out.WriteLine($"{result.Scenario.Id}: PASS ({result.Outcomes.Count} checks)");
                break;
        }
    }

    private static string Message(ScenarioResult result)
    {
        var text = new StringBuilder();
        foreach (var failure in result.Decisive)
        {
            text.AppendLine($"× {(result.Target is null ? "" : result.Target + ": ")}{result.Scenario.Id}: {failure.Title}")
                .AppendLine($"  -> {failure.RequirementId} ({failure.Level.ToString().ToUpperInvariant()})")
                .AppendLine($"     Expected: {failure.Expected}")
                .AppendLine($"       Actual: {failure.Actual}");
        }

        if (result.Evidence is { } evidence) text.AppendLine($"  Reproduce: {CurlCommand.From(evidence)}");
        return text.ToString();
    }
}
