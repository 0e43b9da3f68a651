using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.ReferenceTarget;

namespace Conformance.Tests.Execution;

/// <summary>
/// The suite's proof of itself: every catalogued fault of the reference target is caught — at
/// least one FAIL (a WARN for a fault that breaks only a SHOULD), and among the broken
/// requirements the one the fault declares — and the faithful target produces no FAIL or WARN.
/// The run covers both APIs of the reference target (the legacy and the current Dfns API), each
/// with the contracts faithful to it, so a fault of either API is caught by its own contract.
/// </summary>
[TestFixture]
[Category("Faults")]
[Parallelizable(ParallelScope.None)]
public sealed class FaultCatalogueTests
{
    public static IEnumerable<TestCaseData> Faults() =>
        FaultCatalogue.All.Where(f => f.FoundBy == FaultDescriptor.Scenarios)
            .Select(f => new TestCaseData(f.Name, f.RequirementId, $"{f.Contract}.{f.OperationId}/*").SetName($"Fault {f.Name} is caught"));

    [TestCaseSource(nameof(Faults))]
    public async Task FaultIsCaught(string fault, string requirementId, string filter)
    {
        var result = await RunAsync(filter, [fault]);
        // Every failure a report lists for a FAIL or WARN scenario (a SHOULD failing beside a MUST included).
        var failing = result.Scenarios.Where(s => s.Verdict is Verdict.Fail or Verdict.Warn).SelectMany(s => s.Failures).Select(f => f.RequirementId).Distinct().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(result.Count(Verdict.Fail) + result.Count(Verdict.Warn), Is.GreaterThan(0), $"no scenario failed or warned with {fault}");
            Assert.That(failing, Does.Contain(requirementId), $"{fault} must fail {requirementId}; failing: {string.Join(", ", failing)}");
        });
    }

    public static IEnumerable<TestCaseData> FuzzFaults() =>
        FaultCatalogue.All.Where(f => f.FoundBy == FaultDescriptor.Fuzzing)
            .Select(f => new TestCaseData(f.Name, f.RequirementId, $"{f.Contract}.{f.OperationId}/*").SetName($"Fault {f.Name} is caught by fuzzing"));

    /// <summary>A fault only generated requests reach: caught by the fuzzing phase, not by the fixed scenarios.</summary>
    [TestCaseSource(nameof(FuzzFaults))]
    public async Task FuzzFaultIsCaughtOnlyByFuzzing(string fault, string requirementId, string filter)
    {
        var fixedOnly = await RunAsync(filter, [fault]);
        var settings = new ConformanceSettings { Filter = filter, ReferenceFaults = [fault], Parallelism = 4, Fuzz = 200, Seed = 1234 };
        await using var run = await MultiTargetRun.CreateAsync(settings, Conformance.Hosting.ReferenceTargetStarter.StartAsync, CancellationToken.None);
        var fuzzed = await run.RunAllAsync(null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(fixedOnly.Scenarios.SelectMany(s => s.Decisive).Select(f => f.RequirementId), Does.Not.Contain(requirementId), "the fixed scenarios must not reach it");
            Assert.That(fuzzed.Scenarios.Where(s => s.Scenario.Class == "fuzz").SelectMany(s => s.Decisive).Select(f => f.RequirementId), Does.Contain(requirementId));
        });
    }

    [Test]
    public async Task FaithfulTargetPassesClean()
    {
        var result = await RunAsync(null, []);
        var failures = result.Scenarios.Where(s => s.Verdict is Verdict.Fail or Verdict.Warn)
            .Select(s => $"{s.Scenario.Id}: {string.Join("; ", s.Decisive.Select(f => $"{f.RequirementId} expected {f.Expected}, actual {f.Actual}"))}");

        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(result.Unrestored, Is.Empty);
            Assert.That(result.Scenarios, Has.Count.GreaterThan(150));
            Assert.That(result.Count(Verdict.Skip), Is.Zero, "the reference profile provides every identity and fixture");
            Assert.That(result.Info.Targets.Select(t => t.Name), Is.EqualTo(new[] { ReferenceApis.Main, ReferenceApis.Current }), "the default run covers both APIs");
            Assert.That(result.Scenarios.Select(s => (s.Target, s.Scenario.Contract)).Distinct(), Is.EquivalentTo(new[]
            {
                (ReferenceApis.Main, "dfns-legacy"), (ReferenceApis.Main, "senhasegura"), (ReferenceApis.Current, "dfns"),
            }), "each contract runs against the API faithful to it");
        });
    }

    [Test]
    public async Task CurrentContractHasNoNonceOrAppIdScenario()
    {
        var result = await RunAsync("dfns.*", []);
        var current = result.Scenarios.Where(s => s.Scenario.Contract == "dfns").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(current, Has.Count.GreaterThan(100));
            Assert.That(current.Where(s => s.Verdict is Verdict.Fail or Verdict.Warn).Select(s => s.Scenario.Id), Is.Empty, "the current contract passes against the current API");
            Assert.That(current.Where(s => s.Scenario.Class == "nonce" || s.Scenario.Id.Contains("applicationId", StringComparison.Ordinal)).Select(s => s.Scenario.Id), Is.Empty);
            Assert.That(result.Gaps, Is.Not.Empty, "refusals the current OpenAPI does not document are documentation gaps, not failures");
        });
    }

    private static async Task<RunResult> RunAsync(string? filter, IReadOnlyList<string> faults)
    {
        var settings = new ConformanceSettings { Filter = filter, ReferenceFaults = faults, Parallelism = 4 };
        await using var run = await MultiTargetRun.CreateAsync(settings, Conformance.Hosting.ReferenceTargetStarter.StartAsync, CancellationToken.None);
        return await run.RunAllAsync(null, CancellationToken.None);
    }
}
