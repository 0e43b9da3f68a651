using Conformance.Auth;
using Conformance.Scenarios.Plans;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Scenarios.Generators;

/// <summary>
/// Every common method a path does not document is answered 404/405, never 5xx (RFC 9110
/// §15.5.6). Generated once per path, on its first operation.
/// </summary>
internal sealed class MethodScenarios : IScenarioGenerator
{
    private static readonly string[] Candidates = ["GET", "PUT", "POST", "DELETE", "PATCH"];

    public IEnumerable<Scenario> Generate(GenerationContext context, ApiOperation operation)
    {
        var samePath = context.Document.Operations.Where(o => o.Path == operation.Path).ToList();
        if (samePath[0] != operation) yield break;
        var documented = samePath.Select(o => o.Method).ToHashSet();
        var requirement = context.Requirements.Require(operation, "method/undocumented-rejected");

        // Send the operation's credentials but no one-time token: only the method is wrong.
        var omit = operation.PrimarySecurity.Where(s => context.Document.SecuritySchemes.GetValueOrDefault(s)?.Auth.Kind == AuthKind.UserAction).ToHashSet();
        var valid = context.ValidRequest(operation);
        // On a state-changing operation's path the fixture starts where a change would show, prepared
        // by a documented answer, so that whatever the method did can be put back on evidence.
        var need = valid.UsesFixture && context.FixtureKind(operation) is { } kind ? new FixtureNeed(kind, context.FromState(operation)) : null;
        foreach (var method in Candidates.Where(m => !documented.Contains(m)))
        {
            yield return context.Make(operation, ScenarioClasses.Method, method.ToLowerInvariant(), $"sends {method}, a method {operation.Path} does not document",
                requirement, new SingleRequestPlan(valid with { Method = method }, AuthPlan.Valid with { Omit = omit }, need), need);
        }
    }
}
