using Conformance.Checks;
using Conformance.Execution;

namespace Conformance.Tests.Reporting;

/// <summary>
/// <see cref="SampleRun"/> run against two targets: "legacy" (all of it) and "current" (its dfns
/// scenarios only, where the replay scenario passed), merged as a run over several targets merges.
/// </summary>
internal static class MultiTargetSample
{
    public const string Legacy = "legacy";
    public const string Current = "current";

    public static RunResult Create()
    {
        var legacy = SampleRun.Create("https://legacy.example.test");
        var current = SampleRun.Create("https://current.example.test");
        var currentScenarios = current.Scenarios
            .Where(s => s.Scenario.Vendor == "dfns")
            .Select(s => s.Scenario.Requirement.Key == "nonce/replay-rejected" ? s with { Verdict = Verdict.Pass, Outcomes = s.Outcomes.Where(o => o.Status == CheckStatus.Pass).ToList() } : s)
            .Select(s => s with { Target = Current });
        var info = legacy.Info with
        {
            Target = "https://legacy.example.test, https://current.example.test",
            Targets =
            [
                new TargetInfo(Legacy, "https://legacy.example.test", legacy.Info.Specs),
                new TargetInfo(Current, "https://current.example.test", legacy.Info.Specs.Where(s => s.Vendor == "dfns").ToList()),
            ],
        };
        return new RunResult(info, legacy.Scenarios.Select(s => s with { Target = Legacy }).Concat(currentScenarios).ToList(), []);
    }
}
