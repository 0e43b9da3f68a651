using Conformance.Auth;
using Conformance.Scenarios.Plans;
using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Scenarios.Generators;

/// <summary>Each schema constraint broken in turn is refused with a 4xx and changes nothing.</summary>
internal sealed class SchemaNegativeScenarios : IScenarioGenerator
{
    public IEnumerable<Scenario> Generate(GenerationContext context, ApiOperation operation)
    {
        if (AuthFlowSteps.Of(context.Document, operation) is { IsToken: true }) yield break;
        var general = context.Requirements.Require(operation, "schema/invalid-rejected");
        var fixture = context.GuardFixture(operation);
        foreach (var violation in SchemaViolations.For(operation, context.ValidRequest(operation)))
        {
            // A spec may say more about one kind of violation (a documented "Required" field) than the rest.
            var requirement = context.Requirements.Resolve(operation, violation.RequirementKey) ?? general;
            var need = violation.Request.UsesFixture ? fixture : null;
            yield return context.Make(operation, ScenarioClasses.Schema, violation.Variant, violation.Stimulus, requirement,
                new SingleRequestPlan(violation.Request, AuthPlan.Valid, need), need,
                need?.StartState is null ? [] : [CheckNames.StateUnchanged]);
        }
    }
}
