using Conformance.Checks;
using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;
using Conformance.Tests.Scenarios;

namespace Conformance.Tests.Checks;

/// <summary>The four state checks of StateChecks.cs: reached, inverse reached, unchanged, replay without effect.</summary>
[TestFixture]
public sealed class StateChecksTests
{
    private const string Fixture = EvidenceBuilder.FixtureId;

    private static Conformance.Scenarios.Scenario Transition => VendorScenarios.Dfns("dfns.credentials.activate/state/transition");

    private static Conformance.Scenarios.Scenario Replay => VendorScenarios.Dfns("dfns.credentials.activate/nonce/replayed");

    private static Conformance.Scenarios.Scenario MissingToken => VendorScenarios.Dfns("dfns.credentials.activate/auth/authenticationToken-missing");

    private static EvidenceBuilder Observed(params (string Moment, string? State)[] states)
    {
        var evidence = new EvidenceBuilder().Fixture("credential");
        foreach (var (moment, state) in states) evidence.State(moment, state);
        return evidence;
    }

    [Test]
    public void StateReached_ProbeShowsTheEffect_Passes()
    {
        // Act
        var outcome = CheckHarness.Single(CheckNames.StateReached, Transition, Observed((ScenarioEvidence.Before, "inactive"), (ScenarioEvidence.After, "active")));

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Pass));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns.credentials.activate/state/transition"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(outcome.Title, Is.EqualTo("state after the operation"));
        }
    }

    [Test]
    public void StateReached_ProbeShowsNoEffect_Fails()
    {
        var outcome = CheckHarness.Single(CheckNames.StateReached, Transition, Observed((ScenarioEvidence.Before, "inactive"), (ScenarioEvidence.After, "inactive")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns.credentials.activate/state/transition"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(outcome.Title, Is.EqualTo($"state after the operation: credential {Fixture}"));
            Assert.That(outcome.Expected, Is.EqualTo("active"));
            Assert.That(outcome.Actual, Is.EqualTo("inactive"));
        }
    }

    [Test]
    public void StateReached_ProbeCouldNotTell_IsInconclusive()
    {
        var outcome = CheckHarness.Single(CheckNames.StateReached, Transition, Observed((ScenarioEvidence.After, null)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Inconclusive), "a state nobody could read proves nothing either way");
            Assert.That(outcome.Actual, Is.EqualTo("(unknown: the probe could not tell)"));
        }
    }

    [TestCase(CheckNames.StateReached)]
    [TestCase(CheckNames.InverseStateReached)]
    public void TransitionChecks_NoFixtureObserved_Skip(string check)
    {
        var outcome = CheckHarness.Single(check, Transition, new EvidenceBuilder());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Skip));
            Assert.That(outcome.Title, Is.EqualTo("no fixture was observed"));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns.credentials.activate/state/transition"));
        }
    }

    [Test]
    public void InverseStateReached_InverseRestores_Passes()
    {
        var outcome = CheckHarness.Single(CheckNames.InverseStateReached, Transition, Observed((ScenarioEvidence.After, "active"), (ScenarioEvidence.AfterInverse, "inactive")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Pass));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns.credentials.activate/state/transition"));
        }
    }

    [Test]
    public void InverseStateReached_InverseDoesNothing_Fails()
    {
        var outcome = CheckHarness.Single(CheckNames.InverseStateReached, Transition, Observed((ScenarioEvidence.After, "active"), (ScenarioEvidence.AfterInverse, "active")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(outcome.Title, Is.EqualTo($"state after the inverse operation: credential {Fixture}"));
            Assert.That(outcome.Expected, Is.EqualTo("inactive"));
            Assert.That(outcome.Actual, Is.EqualTo("active"));
        }
    }

    [Test]
    public void InverseStateReached_PlanWithoutInverse_NotJudged()
    {
        var others = VendorScenarios.Dfns("dfns.credentials.activate/state/others-unchanged");

        var outcomes = CheckHarness.Evaluate(CheckNames.InverseStateReached, others, Observed((ScenarioEvidence.After, "active")));

        Assert.That(outcomes, Is.Empty);
    }

    [Test]
    public void StateUnchanged_RefusedRequestChangedNothing_PassesUnderTheScenarioRequirement()
    {
        var outcome = CheckHarness.Single(CheckNames.StateUnchanged, MissingToken, Observed((ScenarioEvidence.Before, "inactive"), (ScenarioEvidence.After, "inactive")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Pass));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns.credentials.activate/auth/missing-rejected"));
            Assert.That(outcome.Title, Is.EqualTo("state must not change"));
        }
    }

    [Test]
    public void StateUnchanged_RefusedRequestChangedTheState_Fails()
    {
        var outcome = CheckHarness.Single(CheckNames.StateUnchanged, MissingToken, Observed((ScenarioEvidence.Before, "inactive"), (ScenarioEvidence.After, "active")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns.credentials.activate/auth/missing-rejected"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(outcome.Title, Is.EqualTo($"state must not change: credential {Fixture}"));
            Assert.That(outcome.Expected, Is.EqualTo("inactive"));
            Assert.That(outcome.Actual, Is.EqualTo("active"));
        }
    }

    [Test]
    public void StateUnchanged_NeitherMomentKnown_IsInconclusive()
    {
        var outcome = CheckHarness.Single(CheckNames.StateUnchanged, MissingToken, Observed());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Inconclusive), "an unobservable state is evidence neither that nothing changed nor that something did");
            Assert.That(outcome.Expected, Does.StartWith("(unknown"));
        }
    }

    [Test]
    public void StateUnchanged_NoFixtureObserved_Skips()
    {
        var outcome = CheckHarness.Single(CheckNames.StateUnchanged, MissingToken, new EvidenceBuilder());

        Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Skip));
    }

    [Test]
    public void ReplayHadNoEffect_StateKeptAfterTheReplay_PassesUnderTheSecondaryRequirement()
    {
        var outcome = CheckHarness.Single(CheckNames.ReplayHadNoEffect, Replay,
            Observed((ScenarioEvidence.BeforeReplay, "inactive"), (ScenarioEvidence.After, "inactive")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Pass));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns.credentials.activate/nonce/replay-no-effect"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must));
        }
    }

    [Test]
    public void ReplayHadNoEffect_ReplayWasApplied_Fails()
    {
        var outcome = CheckHarness.Single(CheckNames.ReplayHadNoEffect, Replay,
            Observed((ScenarioEvidence.BeforeReplay, "inactive"), (ScenarioEvidence.After, "active")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns.credentials.activate/nonce/replay-no-effect"));
            Assert.That(outcome.Title, Is.EqualTo($"the refused replay must have no effect: credential {Fixture}"));
            Assert.That(outcome.Expected, Is.EqualTo("inactive"));
            Assert.That(outcome.Actual, Is.EqualTo("active"));
        }
    }

    [Test]
    public void ReplayHadNoEffect_NoFixtureObserved_Skips()
    {
        var outcome = CheckHarness.Single(CheckNames.ReplayHadNoEffect, Replay, new EvidenceBuilder());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Skip));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns.credentials.activate/nonce/replay-no-effect"));
        }
    }
}
