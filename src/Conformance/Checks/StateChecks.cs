using Conformance.Scenarios.Plans;
using Conformance.Scenarios;

namespace Conformance.Checks;

/// <summary>
/// The state checks, each a comparison of two observed moments (or a moment and the declared
/// state): reached, unchanged, inverse reached, replay without effect. When the request that
/// should have moved the state (<paramref name="step"/>: the stimulus, the inverse step) was
/// never sent, throttled or got no answer, the state proves nothing about the requirement:
/// INCONCLUSIVE. A state that only our own reading of a probe shows (a decision, not the
/// vendor's word) can confirm but never fail a MUST: a difference it alone shows is
/// INCONCLUSIVE, with the reason.
/// </summary>
/// <remarks>
/// A check that the state must not change (<paramref name="forbidsChange"/>) also fails when
/// nothing read the state afterwards but the answer under test itself, documented, says the
/// fixture is now in another state: the target's own word shows the change (its answer can never
/// confirm the effect it is judged on, only admit one it must not have).
/// </remarks>
internal sealed class StateCheck(string name, string key, string step, Func<CheckContext, StateComparison?> compare, bool forbidsChange = false) : ICheck
{
    public string Name => name;

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        var requirement = key.Length == 0 ? context.Scenario.Requirement : context.Requirement(key);
        if (context.Evidence.Fixture is null)
        {
            yield return Outcomes.Skip(Name, requirement, "no fixture was observed");
            yield break;
        }

        if (compare(context) is not { } c) yield break;
        var subject = $"{context.Evidence.Fixture.Kind} {context.Evidence.Fixture.Id}";
        var sent = context.Evidence.Exchanges.LastOrDefault(e => e.Label.StartsWith(step, StringComparison.Ordinal));
        if ((sent is null ? $"the {step} was never sent" : Throttling.Undecidable(sent)) is { } why)
        {
            yield return Outcomes.Inconclusive(Name, requirement, $"{c.Title}: {why}",
                c.ExpectedReading?.Describe() ?? c.ExpectedState ?? "(unknown)", c.Actual.Describe());
            yield break;
        }

        var expected = c.ExpectedState ?? c.ExpectedReading?.State;
        if (forbidsChange && expected is not null && c.Actual is { State: null, Claim: { State: { } claimed, Documented: true } claim }
            && claimed != expected && (c.ExpectedReading?.Documented ?? true))
        {
            yield return Outcomes.Fail(Name, requirement, $"{c.Title}: {subject} (the target's own documented answer says it changed)",
                c.ExpectedReading?.Describe() ?? expected, claim.Describe());
            yield break;
        }

        if (expected is null || c.Actual.State is null)
        {
            // A state nobody could read (or sources that disagree) proves nothing either way.
            var unknown = c.Actual.State is null ? c.Actual : c.ExpectedReading!;
            yield return Outcomes.Inconclusive(Name, requirement, $"{c.Title}: the state of {subject} could not be established: {unknown.Conflict ?? unknown.Evidence}",
                c.ExpectedReading?.Describe() ?? expected ?? "(unknown)", c.Actual.Describe());
            yield break;
        }

        if (expected == c.Actual.State)
        {
            yield return Outcomes.Pass(Name, requirement, c.Title);
            yield break;
        }

        var documented = c.Actual.Documented && (c.ExpectedReading?.Documented ?? true);
        var expectedText = c.ExpectedReading?.Describe() ?? expected;
        yield return documented
            ? Outcomes.Fail(Name, requirement, $"{c.Title}: {subject}", expectedText, c.Actual.Describe())
            : Outcomes.Inconclusive(Name, requirement,
                $"{c.Title}: only our own reading of a probe (not the vendor's word) shows {subject} {c.Actual.State}, so it cannot decide",
                expectedText, c.Actual.Describe());
    }

    private const string Stimulus = "stimulus";

    public static IEnumerable<ICheck> All() =>
    [
        new StateCheck(CheckNames.StateReached, "state/transition", Stimulus, c =>
            c.Scenario.Plan is TransitionPlan t ? new StateComparison("state after the operation", c.Evidence.Reading(ScenarioEvidence.After), t.ExpectedState) : null),
        new StateCheck(CheckNames.InverseStateReached, "state/transition", "step: inverse", c =>
            c.Scenario.Plan is TransitionPlan { InverseState: { } inverse } ? new StateComparison("state after the inverse operation", c.Evidence.Reading(ScenarioEvidence.AfterInverse), inverse) : null),
        new StateCheck(CheckNames.StateUnchanged, "", Stimulus, c =>
            new StateComparison("state must not change", c.Evidence.Reading(ScenarioEvidence.After), ExpectedReading: c.Evidence.Reading(ScenarioEvidence.Before)), forbidsChange: true),
        new StateCheck(CheckNames.ReplayHadNoEffect, "nonce/replay-no-effect", Stimulus, c =>
            new StateComparison("the refused replay must have no effect", c.Evidence.Reading(ScenarioEvidence.After), ExpectedReading: c.Evidence.Reading(ScenarioEvidence.BeforeReplay)), forbidsChange: true),
    ];
}

/// <summary>What one state check compares: an observed moment against a declared state or another moment.</summary>
internal sealed record StateComparison(string Title, StateReading Actual, string? ExpectedState = null, StateReading? ExpectedReading = null);
