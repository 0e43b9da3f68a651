using Conformance.Auth;
using Conformance.Scenarios.Plans;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Scenarios.Generators;

/// <summary>
/// One-time signed-request tokens (<c>x-user-action</c>): missing, forged, issued for another
/// payload or path, or used twice — each refused, and nothing changes.
/// </summary>
internal sealed class UserActionScenarios : IScenarioGenerator
{
    public IEnumerable<Scenario> Generate(GenerationContext context, ApiOperation operation)
    {
        var scheme = context.SchemeOf(operation, AuthKind.UserAction);
        if (scheme?.UserAction is null) yield break;
        var header = scheme.ParameterName ?? scheme.Name;
        var valid = context.ValidRequest(operation);
        var path = operation.Path;

        Scenario Bad(string key, string variant, string stimulus, AuthPlan auth) =>
            context.Refused(operation, ScenarioClasses.UserAction, key, variant, stimulus, auth, scheme.Name);

        yield return Bad("user-action/missing-rejected", "missing", $"omits the {header} header", AuthPlan.Valid with { Omit = new HashSet<string> { scheme.Name } });
        yield return Bad("user-action/forged-rejected", "forged", $"sends a forged {header} token", AuthPlan.Valid with { Forge = new HashSet<string> { scheme.Name } });

        if (scheme.UserAction.Binds.Contains("payload") && valid.HasBody)
        {
            var otherPayload = valid.BodyText("conformance-other-resource");
            yield return Bad("user-action/mismatch-rejected", "other-payload", $"sends a {header} token issued for another payload",
                AuthPlan.Valid with { UserActionFor = new UserActionBinding(operation.Method, path, otherPayload) });
        }

        if (scheme.UserAction.Binds.Contains("path") && context.Document.FindOperation(operation.Semantics.Inverse ?? "") is { } inverse)
        {
            // The inverse on the same resource: its id in the path too (PUT /auth/users/{userId}/deactivate).
            var otherPath = operation.Semantics.Resource is { In: "path" } resource
                ? inverse.Path.Replace("{" + resource.Name + "}", RequestTemplate.FixtureMarker, StringComparison.Ordinal)
                : inverse.Path;
            yield return Bad("user-action/mismatch-rejected", "other-path", $"sends a {header} token issued for {inverse.Method} {inverse.Path}",
                AuthPlan.Valid with { UserActionFor = new UserActionBinding(inverse.Method, otherPath, valid.BodyText(RequestTemplate.FixtureMarker)) });
        }

        if (scheme.UserAction.OneTime)
        {
            var reuseFixture = context.GuardFixture(operation);
            var undo = reuseFixture is null ? null : operation.Semantics.Inverse;
            yield return context.Make(operation, ScenarioClasses.UserAction, "reused",
                undo is null
                    ? $"sends a valid request, then the same request with the same {header} token"
                    : $"sends a valid request, undoes it with {undo}, then sends the same request with the same {header} token",
                context.Requirements.Require(operation, "user-action/reused-rejected", scheme: scheme.Name),
                new UserActionReusePlan(valid, reuseFixture, undo), reuseFixture);
        }
    }
}
