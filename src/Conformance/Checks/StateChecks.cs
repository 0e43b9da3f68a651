using Conformance.Scenarios.Plans;
using Conformance.Scenarios;

namespace Conformance.Checks;

/// <summary>
/// The state checks, each a comparison of two observed moments (or a moment and the declared
/// state): reached, unchanged, inverse reached, replay without effect.
/// </summary>
internal sealed class StateCheck(string name, string key, Func<CheckContext, (string? Expected, string? Actual, string Title)?> compare) : ICheck
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

    public static IEnumerable<ICheck> All() =>
    [
        new StateCheck(CheckNames.StateReached, "state/transition", c =>
            c.Scenario.Plan is TransitionPlan t ? (t.ExpectedState, c.Evidence.State(ScenarioEvidence.After), "state after the operation") : null),
        new StateCheck(CheckNames.InverseStateReached, "state/transition", c =>
            c.Scenario.Plan is TransitionPlan { InverseState: { } inverse } ? (inverse, c.Evidence.State(ScenarioEvidence.AfterInverse), "state after the inverse operation") : null),
        new StateCheck(CheckNames.StateUnchanged, "", c =>
            (c.Evidence.State(ScenarioEvidence.Before), c.Evidence.State(ScenarioEvidence.After), "state must not change")),
        new StateCheck(CheckNames.ReplayHadNoEffect, "nonce/replay-no-effect", c =>
            (c.Evidence.State(ScenarioEvidence.BeforeReplay), c.Evidence.State(ScenarioEvidence.After), "the refused replay must have no effect")),
    ];
}
