using Conformance.Configuration;
using Conformance.Execution;
using Conformance.ReferenceTarget;

namespace Conformance.Tests.Execution;

/// <summary>
/// The suite's proof of itself: every catalogued fault of the reference target is caught — at
/// least one FAIL, and among the failing requirements the one the fault declares it breaks —
/// and the faithful target produces no FAIL at all.
/// </summary>
[TestFixture]
[Category("Faults")]
[Parallelizable(ParallelScope.None)]
public sealed class FaultCatalogueTests
{
    public static IEnumerable<TestCaseData> Faults() =>
        FaultCatalogue.All.Select(f => new TestCaseData(f.Name, f.RequirementId, $"{f.Vendor}.{f.OperationId}/*").SetName($"Fault {f.Name} is caught"));

    [TestCaseSource(nameof(Faults))]
    public async Task FaultIsCaught(string fault, string requirementId, string filter)
    {
        var result = await RunAsync(filter, [fault]);
        var failing = result.Scenarios
            .SelectMany(s => s.Failures.Where(f => f.Level == Conformance.Spec.Vocabulary.RequirementLevel.Must))
            .Select(f => f.RequirementId)
            .Distinct()
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(result.Count(Verdict.Fail), Is.GreaterThan(0), $"no scenario failed with {fault}");
            Assert.That(failing, Does.Contain(requirementId), $"{fault} must fail {requirementId}; failing: {string.Join(", ", failing)}");
        });
    }

    [Test]
    public async Task FaithfulTargetPassesClean()
    {
        var result = await RunAsync(null, []);
        var failures = result.Scenarios.Where(s => s.Verdict == Verdict.Fail)
            .Select(s => $"{s.Scenario.Id}: {string.Join("; ", s.Decisive.Select(f => $"{f.RequirementId} expected {f.Expected}, actual {f.Actual}"))}");

        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(result.Unrestored, Is.Empty);
            Assert.That(result.Scenarios, Has.Count.GreaterThan(150));
            Assert.That(result.Count(Verdict.Skip), Is.Zero, "the reference profile provides every identity and fixture");
        });
    }

    private static async Task<RunResult> RunAsync(string? filter, IReadOnlyList<string> faults)
    {
        var settings = new ConformanceSettings { Filter = filter, ReferenceFaults = faults, Parallelism = 4 };
        await using var run = await ConformanceRun.CreateAsync(settings, EmbeddedReferenceTarget.StartAsync, CancellationToken.None);
        return await run.RunAllAsync(null, CancellationToken.None);
    }
}
