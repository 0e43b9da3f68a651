using Conformance.Scenarios;
using Conformance.Scenarios.Plans;
using Conformance.Spec;
using Conformance.Tests.Spec;

namespace Conformance.Tests.Scenarios;

/// <summary>
/// A nonce accepted on another operation (another path, another method) is sent on each
/// nonce-protected operation: the seeds call it a "Random value used to prevent replay attacks",
/// not one scoped to a path.
/// </summary>
[TestFixture]
public sealed class NonceCrossReplayScenarioTests
{
    private static readonly IReadOnlyList<Scenario> Dfns = ScenarioGenerator.Generate(SpecLoader.Load(SpecFiles.Dfns));

    [Test]
    public void ActivateGetsANonceFirstAcceptedOnAnotherMethod()
    {
        var scenario = Dfns.Single(s => s.Id == "dfns-legacy.credentials.activate/nonce/replayed-from-other-method");
        var plan = (NonceCrossReplayPlan)scenario.Plan;
        var donor = SpecLoader.Load(SpecFiles.Dfns).FindOperation(plan.DonorOperation)!;

        Assert.Multiple(() =>
        {
            Assert.That(donor.Method, Is.Not.EqualTo("PUT"));
            Assert.That(donor.Path, Is.Not.EqualTo("/auth/credentials/activate"));
            Assert.That(donor.Semantics.ChangesState, Is.False, "the first use must change nothing");
            Assert.That(plan.Donor.UsesFixture, Is.False);
            Assert.That(scenario.Requirement.Id, Is.EqualTo("dfns-legacy.credentials.activate/nonce/replay-rejected"));
            Assert.That(plan.Fixture?.StartState, Is.EqualTo("inactive"), "starts where an accepted replay would show");
            Assert.That(scenario.Checks, Does.Contain(CheckNames.StateUnchanged));
        });
    }

    [Test]
    public void EveryNonceProtectedOperation_ThatCanTakeAValidRequest_GetsOne()
    {
        var withCrossReplay = Dfns.Where(s => s.Plan is NonceCrossReplayPlan).Select(s => s.Operation.Slug).Distinct().ToList();

        Assert.That(withCrossReplay, Is.SupersetOf(new[] { "credentials.activate", "credentials.deactivate", "users.activate", "users.deactivate", "credentials.list" }));
    }
}
