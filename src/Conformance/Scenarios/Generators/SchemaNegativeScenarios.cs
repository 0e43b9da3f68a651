using Conformance.Auth;
using Conformance.Scenarios.Plans;
using Conformance.Scenarios;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

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
            var requirement = context.Requirements.Resolve(operation, violation.RequirementKey)
                ?? (violation.Kind == "format" ? FormatDecision(context, operation) : general);
            var need = violation.Request.UsesFixture ? fixture : null;
            yield return context.Make(operation, ScenarioClasses.Schema, violation.Variant, violation.Stimulus, requirement,
                new SingleRequestPlan(violation.Request, AuthPlan.Valid, need), need,
                need?.StartState is null ? [] : [CheckNames.StateUnchanged]);
        }
    }

    /// <summary>
    /// OpenAPI 3.1 reads schemas with JSON Schema 2020-12, where <c>format</c> is an annotation
    /// unless a validator opts in: no document makes refusing a malformed format a MUST, so
    /// unless the spec states <c>schema/format-rejected</c> it is our decision, at SHOULD.
    /// </summary>
    private static ResolvedRequirement FormatDecision(GenerationContext context, ApiOperation operation) =>
        ResolvedRequirement.For(context.Document.Vendor, operation.Slug, new Requirement(
            "schema/format-rejected",
            RequirementLevel.Should,
            "JSON Schema Validation 2020-12 §7.2 (format is an annotation by default); OpenAPI 3.1 §4.8.24 Schema Object",
            "Decision: a request whose value breaks the format its schema documents should be refused with a 4xx; format is an annotation in OpenAPI 3.1, so this is not a MUST.",
            new Expectation(StatusMatcher.OfClass(4)))
        {
            Basis = EvidenceBasis.Decision,
        });
}
