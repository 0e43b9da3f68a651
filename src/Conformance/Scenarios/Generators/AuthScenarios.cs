using Conformance.Auth;
using Conformance.Scenarios.Plans;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Scenarios.Generators;

/// <summary>
/// Each credential-carrying scheme left out, and forged, is refused (401 unless the spec says
/// otherwise) and changes nothing. The token endpoint refuses a wrong client secret.
/// </summary>
internal sealed class AuthScenarios : IScenarioGenerator
{
    public IEnumerable<Scenario> Generate(GenerationContext context, ApiOperation operation)
    {
        if (AuthFlowSteps.Of(context.Document, operation) is { IsToken: true })
        {
            var form = $"grant_type=client_credentials&client_id={RequestTemplate.ClientIdMarker}&client_secret=conformance-wrong-secret";
            var request = new RequestTemplate(operation.Method, new Dictionary<string, string>(), null, form, "application/x-www-form-urlencoded");
            yield return context.Make(operation, ScenarioClasses.Auth, "client-secret-wrong", "requests a token with a wrong client secret",
                context.Requirements.Require(operation, "auth/invalid-rejected"), new SingleRequestPlan(request, AuthPlan.Valid, null), null);
            yield break;
        }

        foreach (var name in operation.PrimarySecurity)
        {
            if (context.Document.SecuritySchemes.GetValueOrDefault(name) is not { } scheme) continue;
            if (scheme.Auth.Kind is not (AuthKind.Bearer or AuthKind.StaticHeader or AuthKind.OAuth2ClientCredentials or AuthKind.Basic)) continue;
            var what = scheme.ParameterName ?? scheme.Auth.Kind switch
            {
                AuthKind.OAuth2ClientCredentials => "OAuth 2.0 access token",
                AuthKind.Basic => "HTTP Basic credential",
                _ => "bearer token",
            };
            yield return context.Refused(operation, ScenarioClasses.Auth, "auth/missing-rejected", $"{name}-missing", $"omits the {what}",
                AuthPlan.Valid with { Omit = new HashSet<string> { name } }, name);
            yield return context.Refused(operation, ScenarioClasses.Auth, "auth/invalid-rejected", $"{name}-invalid", $"sends a forged {what}",
                AuthPlan.Valid with { Forge = new HashSet<string> { name } }, name);
        }
    }
}
