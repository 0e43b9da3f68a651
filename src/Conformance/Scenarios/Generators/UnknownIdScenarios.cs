using Conformance.Auth;
using Conformance.Scenarios.Plans;
using Conformance.Spec;

namespace Conformance.Scenarios.Generators;

/// <summary>
/// An id that names no resource, and ids of named profile fixtures the operation must refuse
/// (<c>x-conformance.fixture-cases</c>, e.g. an item that is not a credential).
/// </summary>
internal sealed class UnknownIdScenarios : IScenarioGenerator
{
    public IEnumerable<Scenario> Generate(GenerationContext context, ApiOperation operation)
    {
        if (context.FixtureKind(operation) is null) yield break;
        var valid = context.ValidRequest(operation);
        var unknown = context.UnknownId(operation);
        yield return context.Make(operation, ScenarioClasses.UnknownId, "not-found", $"names an id that does not exist ({unknown})",
            context.Requirements.Require(operation, "unknown-id/rejected", operation.Semantics.UnknownId),
            new SingleRequestPlan(valid, AuthPlan.Valid, null, unknown), null);

        foreach (var fixtureCase in operation.Semantics.FixtureCases)
        {
            var need = new FixtureNeed(fixtureCase.FixtureKind, null);
            var variant = fixtureCase.Key.Contains('/', StringComparison.Ordinal) ? fixtureCase.Key[(fixtureCase.Key.IndexOf('/', StringComparison.Ordinal) + 1)..] : fixtureCase.Key;
            yield return context.Make(operation, fixtureCase.Key.Split('/')[0], variant, $"names the {fixtureCase.FixtureKind} fixture",
                context.Requirements.Require(operation, fixtureCase.Key, fixtureCase.Expect),
                new SingleRequestPlan(valid, AuthPlan.Valid, need), need);
        }
    }
}
