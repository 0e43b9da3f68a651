using Conformance.Scenarios.Plans;
using Conformance.Scenarios;

namespace Conformance.Checks;

/// <summary>
/// The state checks, each a comparison of two observed moments (or a moment and the declared
/// state): reached, unchanged, inverse reached, replay without effect. When the request that
/// should have moved the state (<paramref name="step"/>: the stimulus, the inverse step) was
/// never sent, throttled or got no answer, the state proves nothing about the requirement: INCONCLUSIVE.
/// </summary>
internal sealed class StateCheck(string name, string key, string step, Func<CheckContext, (string? Expected, string? Actual, string Title)?> compare) : ICheck
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
            yield return Outcomes.Inconclusive(Name, requirement, $"{c.Title}: {why}", c.Expected, c.Actual);
            yield break;
        }

        if (c.Expected is null || c.Actual is null)
        {
            // A state nobody could read proves nothing either way.
            yield return Outcomes.Inconclusive(Name, requirement, $"{c.Title}: the state of {subject} could not be read",
                c.Expected ?? "(unknown)", c.Actual ?? "(unknown: the probe could not tell)");
            yield break;
        }

        yield return c.Expected == c.Actual
            ? Outcomes.Pass(Name, requirement, c.Title)
            : Outcomes.Fail(Name, requirement, $"{c.Title}: {subject}", c.Expected, c.Actual);
    }

    private const string Stimulus = "stimulus";

    public static IEnumerable<ICheck> All() =>
    [
        new StateCheck(CheckNames.StateReached, "state/transition", Stimulus, c =>
            c.Scenario.Plan is TransitionPlan t ? (t.ExpectedState, c.Evidence.State(ScenarioEvidence.After), "state after the operation") : null),
        new StateCheck(CheckNames.InverseStateReached, "state/transition", "step: inverse", c =>
            c.Scenario.Plan is TransitionPlan { InverseState: { } inverse } ? (inverse, c.Evidence.State(ScenarioEvidence.AfterInverse), "state after the inverse operation") : null),
        new StateCheck(CheckNames.StateUnchanged, "", Stimulus, c =>
            (c.Evidence.State(ScenarioEvidence.Before), c.Evidence.State(ScenarioEvidence.After), "state must not change")),
        new StateCheck(CheckNames.ReplayHadNoEffect, "nonce/replay-no-effect", Stimulus, c =>
            (c.Evidence.State(ScenarioEvidence.BeforeReplay), c.Evidence.State(ScenarioEvidence.After), "the refused replay must have no effect")),
    ];
}
