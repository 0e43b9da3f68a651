using Conformance.Auth;
using Conformance.Scenarios.Plans;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Scenarios.Generators;

/// <summary>
/// Every common method a path does not document is answered 404/405, never 5xx (RFC 9110
/// §15.5.6). Generated once per path, on its first operation. A method that another,
/// overlapping path template documents is left out: <c>GET /videos/characters</c> is a
/// documented <c>GET /videos/{video_id}</c>, not an undocumented method. GET, HEAD and DELETE go
/// without a body (RFC 9110 §9.3.1, §9.3.2, §9.3.5: a body has no defined meaning there), so
/// only the method is wrong.
/// </summary>
internal sealed class MethodScenarios : IScenarioGenerator
{
    private static readonly string[] Candidates = ["GET", "PUT", "POST", "DELETE", "PATCH"];
    private static readonly string[] Bodiless = ["GET", "HEAD", "DELETE"];

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
        var routes = OperationRouter.For(context.Document);
        foreach (var method in Candidates.Where(m => !documented.Contains(m) && routes.Overlapping(m, operation.Path) is null))
        {
            var request = Bodiless.Contains(method) ? valid with { Method = method, Body = null, RawBody = null, ContentType = null } : valid with { Method = method };
            yield return context.Make(operation, ScenarioClasses.Method, method.ToLowerInvariant(), $"sends {method}, a method {operation.Path} does not document",
                requirement, new SingleRequestPlan(request, AuthPlan.Valid with { Omit = omit }, need), need);
        }
    }
}
