using Conformance.Spec.Vocabulary;

namespace Conformance.Auth;

/// <summary>
/// <c>Authorization: Bearer &lt;access token&gt;</c> from the OAuth 2.0 client credentials grant
/// (senhasegura <c>POST /iso/oauth2/token</c>, S11). Client authentication in the body unless the
/// scheme's <c>client-auth</c> lists only <c>basic</c>.
/// </summary>
internal sealed class OAuth2ClientCredentialsProvider(OAuthTokenClient tokens) : ISchemeProvider
{
    public AuthKind Kind => AuthKind.OAuth2ClientCredentials;

    public async Task<AuthStep> ApplyAsync(AuthContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (context.Omitted) return new AuthStep(request.WithoutHeader("Authorization"), []);
        if (context.Forged) return new AuthStep(request.WithHeader("Authorization", "Bearer " + ForgedValue.Jwt()), []);

        var scheme = context.Scheme;
        if (string.IsNullOrEmpty(scheme.TokenUrl))
        {
            return new AuthStep(request, [], SkipReason: $"security scheme '{scheme.Name}' has no flows.clientCredentials.tokenUrl");
        }

        var identity = context.Identity;
        if (identity is null) return new AuthStep(request, [], SkipReason: context.NoIdentity);
        if (identity.ClientId is not { Length: > 0 } clientId) return new AuthStep(request, [], SkipReason: context.NoIdentityField("clientId"));
        if (identity.ClientSecret is not { Length: > 0 } secret) return new AuthStep(request, [], SkipReason: context.NoIdentityField("clientSecret"));

        var basic = !scheme.Auth.ClientAuth.Contains("body") && scheme.Auth.ClientAuth.Contains("basic");
        var token = await tokens.GetAsync(scheme.TokenUrl, clientId, secret, basic, cancellationToken);
        IReadOnlyList<Http.Exchange> setup = token.Exchange is null ? [] : [.. token.Earlier, token.Exchange];
        return token.AccessToken is null
            ? new AuthStep(request, setup, Failure: token.Failure)
            : new AuthStep(request.WithHeader("Authorization", "Bearer " + token.AccessToken), setup);
    }
}
