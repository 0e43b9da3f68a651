using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Scenarios.Generators;

/// <summary>
/// Operations that are steps of an authentication flow (the OAuth token endpoint, user-action
/// init and complete), with the scheme they serve and an operation that uses that scheme.
/// </summary>
internal static class AuthFlowSteps
{
    public static (string Scheme, string Via, bool IsToken)? Of(ApiDocument document, ApiOperation operation)
    {
        foreach (var scheme in document.SecuritySchemes.Values)
        {
            var via = document.Operations.FirstOrDefault(o => o.PrimarySecurity.Contains(scheme.Name));
            if (via is null) continue;
            if (scheme.Auth.Kind == AuthKind.OAuth2ClientCredentials && scheme.TokenUrl is { } url
                && operation.Method == "POST" && url.EndsWith(operation.Path, StringComparison.Ordinal))
            {
                return (scheme.Name, via.Slug, true);
            }

            if (scheme.UserAction is { } ua && (ua.InitOperation == operation.Slug || ua.CompleteOperation == operation.Slug))
            {
                return (scheme.Name, via.Slug, false);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a valid request to the operation needs a fresh signature (the user-action
    /// completion): no stored example can be one, so scenarios that need an otherwise valid
    /// request (nonce replay, say) would pass vacuously there and are not generated.
    /// </summary>
    public static bool NeedsSignedBody(ApiDocument document, ApiOperation operation) =>
        document.SecuritySchemes.Values.Any(s => s.UserAction?.CompleteOperation == operation.Slug);
}
