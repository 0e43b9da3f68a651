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

    private static Conformance.Scenarios.Scenario Transition => VendorScenarios.Dfns("dfns-legacy.credentials.activate/state/transition");

    private static Conformance.Scenarios.Scenario Replay => VendorScenarios.Dfns("dfns-legacy.credentials.activate/nonce/replayed");

    private static Conformance.Scenarios.Scenario MissingToken => VendorScenarios.Dfns("dfns-legacy.credentials.activate/auth/authenticationToken-missing");

    private static EvidenceBuilder Observed(params (string Moment, string? State)[] states) =>
        ObservedAfter(
            [ExchangeBuilder.To("PUT", "/auth/credentials/activate"), ExchangeBuilder.To("PUT", "/auth/credentials/deactivate", "step: inverse")],
            states);

    private static EvidenceBuilder ObservedAfter(ExchangeBuilder[] sent, params (string Moment, string? State)[] states)
    {
        var evidence = new EvidenceBuilder().Fixture("credential").Exchanges(sent);
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
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/state/transition"));
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
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/state/transition"));
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
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/state/transition"));
        }
    }

    [Test]
    public void InverseStateReached_InverseRestores_Passes()
    {
        var outcome = CheckHarness.Single(CheckNames.InverseStateReached, Transition, Observed((ScenarioEvidence.After, "active"), (ScenarioEvidence.AfterInverse, "inactive")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Pass));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/state/transition"));
        }
    }

    [TestCase(429, null, "the target throttled PUT /auth/credentials/deactivate (429)")]
    [TestCase(0, "timed out after 30 s", "no answer to PUT /auth/credentials/deactivate (timed out after 30 s)")]
    public void InverseStateReached_InverseThrottledOrUnanswered_IsInconclusive(int status, string? error, string reason)
    {
        var inverse = ExchangeBuilder.To("PUT", "/auth/credentials/deactivate", "step: inverse");
        inverse = error is null ? inverse.Status(status) : inverse.NoResponse(error);
        var evidence = ObservedAfter([ExchangeBuilder.To("PUT", "/auth/credentials/activate"), inverse], (ScenarioEvidence.After, "active"), (ScenarioEvidence.AfterInverse, "active"));

        var outcome = CheckHarness.Single(CheckNames.InverseStateReached, Transition, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Inconclusive));
            Assert.That(outcome.Title, Is.EqualTo("state after the inverse operation: " + reason));
        }
    }

    [Test]
    public void InverseStateReached_InverseNeverSent_IsInconclusive()
    {
        var evidence = ObservedAfter([ExchangeBuilder.To("PUT", "/auth/credentials/activate")], (ScenarioEvidence.After, "active"), (ScenarioEvidence.AfterInverse, "active"));

        var outcome = CheckHarness.Single(CheckNames.InverseStateReached, Transition, evidence);

        Assert.That(outcome.Title, Is.EqualTo("state after the inverse operation: the step: inverse was never sent"));
    }

    [Test]
    public void StateReached_StimulusThrottled_IsInconclusiveNotTheTargetsFailure()
    {
        var evidence = ObservedAfter([ExchangeBuilder.To("PUT", "/auth/credentials/activate").Status(503).Header("Retry-After", "2")],
            (ScenarioEvidence.Before, "inactive"), (ScenarioEvidence.After, "inactive"));

        var outcome = CheckHarness.Single(CheckNames.StateReached, Transition, evidence);

        Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Inconclusive));
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
        var others = VendorScenarios.Dfns("dfns-legacy.credentials.activate/state/others-unchanged");

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
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/auth/missing-rejected"));
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
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/auth/missing-rejected"));
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
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/nonce/replay-no-effect"));
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
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/nonce/replay-no-effect"));
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
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/nonce/replay-no-effect"));
        }
    }

    [Test]
    public void StateReached_OnlyOurReadingShowsNoEffect_IsInconclusive_NotFail()
    {
        // senhasegura GET (our decision S9) answered 200 for a credential the target may have disabled.
        var evidence = new EvidenceBuilder().Fixture("credential").Exchanges([ExchangeBuilder.To("PUT", "/auth/credentials/activate")])
            .Reading(ScenarioEvidence.After, new StateReading("inactive", false, "probe credentials.get (decision) answered 400"));

        var outcome = CheckHarness.Single(CheckNames.StateReached, Transition, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Inconclusive), "a decision never fails a MUST");
            Assert.That(outcome.Title, Does.Contain("only our own reading of a probe"));
            Assert.That(outcome.Actual, Does.Contain("(decision)"));
        }
    }

    [Test]
    public void StateReached_ADocumentedAnswerShowsNoEffect_Fails()
    {
        // The next answer said "already activated": documented evidence the deactivate did nothing.
        var evidence = new EvidenceBuilder().Fixture("credential").Exchanges([ExchangeBuilder.To("PUT", "/auth/credentials/activate")])
            .Reading(ScenarioEvidence.After, new StateReading("inactive", true, "credentials.activate answered 200 (documented), so it was inactive just before"));

        var outcome = CheckHarness.Single(CheckNames.StateReached, Transition, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.Actual, Does.StartWith("inactive (credentials.activate answered 200"));
        }
    }

    [Test]
    public void StateReached_SourcesThatDisagree_AreInconclusive_WithWhoSaidWhat()
    {
        var evidence = new EvidenceBuilder().Fixture("credential").Exchanges([ExchangeBuilder.To("PUT", "/auth/credentials/activate")])
            .Reading(ScenarioEvidence.After, StateReading.Unknown("a read contradicts the documented answer") with { Conflict = "probe credentials.get (decision) answered 200 read active right after credentials.disable answered 200" });

        var outcome = CheckHarness.Single(CheckNames.StateReached, Transition, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Inconclusive));
            Assert.That(outcome.Title, Does.Contain("right after credentials.disable answered 200"));
        }
    }

    [Test]
    public void StateUnchanged_ADifferenceOnlyOurReadingShows_IsInconclusive()
    {
        var evidence = new EvidenceBuilder().Fixture("credential")
            .Reading(ScenarioEvidence.Before, new StateReading("inactive", true, "credentials.disable answered 400 \"1008:…\" (documented)"))
            .Reading(ScenarioEvidence.After, new StateReading("active", false, "probe credentials.get (decision) answered 200"));

        var outcome = CheckHarness.Single(CheckNames.StateUnchanged, MissingToken, evidence);

        Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Inconclusive));
    }

    [Test]
    public void StateUnchanged_NoReadAfterButTheAnswerUnderTestSaysItChanged_Fails()
    {
        // No probe could read the state afterwards; the refused request was answered 200, whose documented meaning is "active now".
        var claim = new StateReading("active", true, "credentials.activate answered 200 (documented)");
        var evidence = new EvidenceBuilder().Fixture("credential").Exchanges([ExchangeBuilder.To("PUT", "/auth/credentials/activate")])
            .Reading(ScenarioEvidence.Before, new StateReading("inactive", true, "the profile declares it"))
            .Reading(ScenarioEvidence.After, StateReading.Unknown("only the answer under test tells it") with { Claim = claim });

        var outcome = CheckHarness.Single(CheckNames.StateUnchanged, MissingToken, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail), "the target's own documented word admits the change");
            Assert.That(outcome.Title, Does.Contain("the target's own documented answer says it changed"));
            Assert.That(outcome.Actual, Is.EqualTo("active (credentials.activate answered 200 (documented))"));
        }
    }

    [Test]
    public void StateUnchanged_NoReadAfterAndTheAnswerUnderTestClaimsTheSameState_IsInconclusive()
    {
        var evidence = new EvidenceBuilder().Fixture("credential").Exchanges([ExchangeBuilder.To("PUT", "/auth/credentials/activate")])
            .Reading(ScenarioEvidence.Before, new StateReading("inactive", true, "the profile declares it"))
            .Reading(ScenarioEvidence.After, StateReading.Unknown("only the answer under test tells it") with { Claim = new StateReading("inactive", true, "credentials.deactivate answered 200 (documented)") });

        var outcome = CheckHarness.Single(CheckNames.StateUnchanged, MissingToken, evidence);

        Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Inconclusive), "an answer can never confirm the effect it is judged on");
    }

    [Test]
    public void StateReached_NoReadAfter_TheAnswerUnderTestNeverPasses()
    {
        var evidence = new EvidenceBuilder().Fixture("credential").Exchanges([ExchangeBuilder.To("PUT", "/auth/credentials/activate")])
            .Reading(ScenarioEvidence.Before, new StateReading("inactive", true, "the profile declares it"))
            .Reading(ScenarioEvidence.After, StateReading.Unknown("only the answer under test tells it") with { Claim = new StateReading("active", true, "credentials.activate answered 200 (documented)") });

        var outcome = CheckHarness.Single(CheckNames.StateReached, Transition, evidence);

        Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Inconclusive));
    }
}
