using Conformance.Scenarios.Plans;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;
using Conformance.Spec;

namespace Conformance.Scenarios.Generators;

/// <summary>
/// What a state-changing operation does, seen through its probe: the declared transition and
/// its inverse; that no other fixture moves; and idempotent re-application (a repeat answers
/// as the spec says and leaves the state alone).
/// </summary>
internal sealed class StateScenarios : IScenarioGenerator
{
    public IEnumerable<Scenario> Generate(GenerationContext context, ApiOperation operation)
    {
        var semantics = operation.Semantics;
        if (!semantics.ChangesState || context.ProbeFor(semantics.Resource!.Kind) is null) yield break;
        var kind = semantics.Resource.Kind;
        var valid = context.ValidRequest(operation);
        var from = context.FromState(operation);
        var inverse = context.Document.FindOperation(semantics.Inverse ?? "");

        var transition = new FixtureNeed(kind, from);
        yield return context.Make(operation, ScenarioClasses.State, "transition",
            inverse is null ? $"applies the operation to {Article(from)} {from} {kind} and reads it back" : $"applies the operation to {Article(from)} {from} {kind}, reads it back, then applies {inverse.Slug} and reads it back",
            context.Requirements.Require(operation, "state/transition"),
            new TransitionPlan(valid, transition, semantics.EffectState!, inverse?.Slug, inverse?.Semantics.EffectState), transition,
            CheckNames.StateReached, CheckNames.InverseStateReached);

        var watch = new FixtureNeed(kind, from, WatchOthers: true);
        yield return context.Make(operation, ScenarioClasses.State, "others-unchanged", $"applies the operation to one {kind} and reads every other {kind} fixture",
            context.Requirements.Require(operation, "state/others-unchanged", Accepted(context, operation)),
            new TransitionPlan(valid, watch, semantics.EffectState!, null, null), watch, CheckNames.OthersUnchanged);

        if (semantics.Repeat is { } repeat)
        {
            var already = new FixtureNeed(kind, semantics.EffectState);
            yield return context.Make(operation, ScenarioClasses.Idempotent, "repeat", $"applies the operation to {Article(kind)} {kind} that is already {semantics.EffectState}",
                context.Requirements.Require(operation, "idempotent/repeat", repeat.Expect),
                new RepeatPlan(valid, already), already, repeat.StateUnchanged ? [CheckNames.StateUnchanged] : []);
        }
    }

    // The watched operation must itself succeed, or "nothing else moved" proves nothing.
    private static Expectation Accepted(GenerationContext context, ApiOperation operation) =>
        context.Requirements.Require(operation, "positive/accepted").Expect ?? new Expectation(StatusMatcher.OfClass(2));

    private static string Article(string? word) => word is { Length: > 0 } && "aeiou".Contains(char.ToLowerInvariant(word[0]), StringComparison.Ordinal) ? "an" : "a";
}
