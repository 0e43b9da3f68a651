using Conformance.Auth;
using Conformance.Scenarios.Plans;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Scenarios.Generators;

/// <summary>
/// A valid request with valid credentials gets a documented 2xx, body and media type — or, for an
/// operation that documents its success only as a redirect (a 3xx to a download, and no 2xx),
/// that redirect: the expectation claims no more than the document.
/// </summary>
internal sealed class PositiveScenarios : IScenarioGenerator
{
    private static Expectation? DocumentedRedirect(ApiOperation operation)
    {
        if (operation.Responses.Any(r => r.IsSuccess)) return null;
        var redirects = operation.Responses.Where(r => r.StatusCode.StartsWith('3')).ToList();
        if (redirects.Count == 0) return null;
        var codes = redirects.Select(r => int.TryParse(r.StatusCode, out var code) ? code : 0).Where(c => c > 0).ToArray();
        return new Expectation(redirects.Any(r => !int.TryParse(r.StatusCode, out _)) ? StatusMatcher.OfClass(3) : StatusMatcher.Exactly(codes));
    }

    public IEnumerable<Scenario> Generate(GenerationContext context, ApiOperation operation)
    {
        var requirement = context.Requirements.Require(operation, "positive/accepted", DocumentedRedirect(operation));
        var flow = AuthFlowSteps.Of(context.Document, operation);
        if (flow is { IsToken: true })
        {
            // The token endpoint is called with the profile's own client, as a client would.
            var form = $"grant_type=client_credentials&client_id={RequestTemplate.ClientIdMarker}&client_secret={RequestTemplate.ClientSecretMarker}";
            var request = new RequestTemplate(operation.Method, new Dictionary<string, string>(), null, form, "application/x-www-form-urlencoded");
            yield return context.Make(operation, ScenarioClasses.Positive, "client-credentials", "requests a token with valid client credentials", requirement,
                new SingleRequestPlan(request, AuthPlan.Valid, null), null);
            yield break;
        }

        if (flow is { } step && step.Via != operation.Slug && context.Document.SecuritySchemes[step.Scheme].UserAction?.CompleteOperation == operation.Slug)
        {
            yield return context.Make(operation, ScenarioClasses.Positive, "signed-challenge", "completes user-action signing with a correctly signed challenge", requirement,
                new AuthFlowPlan(step.Via, step.Scheme), null);
            yield break;
        }

        // A read that is a probe answers 2xx only in some states (senhasegura: 400 1008 when inactive).
        var start = operation.Probe?.States.FirstOrDefault(s => s.Status is null or (>= 200 and < 300))?.Name ?? context.FromState(operation);
        var fixture = context.FixtureKind(operation) is { } kind ? new FixtureNeed(kind, start) : null;
        yield return context.Make(operation, ScenarioClasses.Positive, "valid-request", "sends a valid request with valid credentials", requirement,
            new SingleRequestPlan(context.ValidRequest(operation), AuthPlan.Valid, fixture), fixture);
    }
}
