using Conformance.Http;
using Conformance.Spec.Vocabulary;

namespace Conformance.Auth;

/// <summary>
/// <c>Authorization: Bearer &lt;token&gt;</c> (RFC 6750 §2.1) from the identity field the scheme
/// names. Also the access token of an OAuth 2.0 or OpenID Connect scheme whose flows the suite
/// cannot run (authorization code, implicit, password): the profile gives the token.
/// </summary>
internal sealed class BearerProvider(SecretRegistry secrets) : ISchemeProvider
{
    public AuthKind Kind => AuthKind.Bearer;

    public Task<AuthStep> ApplyAsync(AuthContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (context.Omitted) return AuthStep.Applied(request.WithoutHeader("Authorization"));

        var field = context.Scheme.Auth.Field ?? "token";
        var identity = context.Identity;
        var token = identity is null ? null : ProfileGap.Field(identity, field);

        // A forgery needs no profile: it only has to look like a token.
        if (context.Forged) return AuthStep.Applied(request.WithHeader("Authorization", "Bearer " + ForgedValue.Like(token)));
        if (identity is null) return AuthStep.Skip(request, context.NoIdentity);
        if (token is null) return AuthStep.Skip(request, OAuthProtocol(context.Scheme) is { } protocol ? ProfileGap.NoAccessToken(context, protocol, field) : context.NoIdentityField(field));

        secrets.Add(token);
        return AuthStep.Applied(request.WithHeader("Authorization", "Bearer " + token));
    }

    /// <summary>The protocol of an OAuth 2.0 / OpenID Connect scheme, named in the skip reason; null for a plain bearer scheme.</summary>
    private static string? OAuthProtocol(Spec.ApiSecurityScheme scheme) => scheme.Type switch
    {
        "oauth2" => "OAuth 2.0",
        "openIdConnect" => "OpenID Connect",
        _ => null,
    };
}
