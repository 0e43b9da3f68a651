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
            text.AppendLine($"× {result.Scenario.Id}: {failure.Title}")
                .AppendLine($"  -> {failure.RequirementId} ({failure.Level.ToString().ToUpperInvariant()})")
                .AppendLine($"     Expected: {failure.Expected}")
                .AppendLine($"       Actual: {failure.Actual}");
        }

        if (result.Evidence is { } evidence) text.AppendLine($"  Reproduce: {CurlCommand.From(evidence)}");
        return text.ToString();
    }
}
