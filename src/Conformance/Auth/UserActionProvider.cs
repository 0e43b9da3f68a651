using Conformance.Spec.Vocabulary;

namespace Conformance.Auth;

/// <summary>
/// The one-time user action token (<c>x-user-action</c>, Dfns <c>X-DFNS-USERACTION</c>): obtained
/// by signing a challenge for the request's method, path and payload; or the plan's token
/// (reuse), a token signed for another binding (mismatch), a forged token, or none.
/// </summary>
internal sealed class UserActionProvider(UserActionSigner signer) : ISchemeProvider
{
    public AuthKind Kind => AuthKind.UserAction;

    public async Task<AuthStep> ApplyAsync(AuthContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var scheme = context.Scheme;
        if (context.Omitted) return new AuthStep(SchemePlacement.Remove(request, scheme), []);
        if (context.Forged) return Sent(ForgedValue.Jwt(), context);
        if (context.Plan.UserActionToken is { } reused) return Sent(reused, context);

        if (scheme.UserAction is not { } rules)
        {
            return new AuthStep(request, [], SkipReason: $"security scheme '{scheme.Name}' has no x-user-action (init, complete): the spec cannot say how to obtain a token");
        }

        var identity = context.Identity;
        if (identity is null) return new AuthStep(request, [], SkipReason: context.NoIdentity);
        if (identity.SigningKey is not { } key) return new AuthStep(request, [], SkipReason: context.NoIdentityField("signingKey"));

        var binding = context.Plan.UserActionFor ?? BindingOf(request);
        var signed = await signer.SignAsync(rules, binding, context.Plan.Identity, key, cancellationToken);
        if (signed.SkipReason is not null || signed.Failure is not null || signed.Token is null)
        {
            return new AuthStep(request, signed.Setup, SkipReason: signed.SkipReason, Failure: signed.Failure ?? (signed.SkipReason is null ? "user action signing failed" : null));
        }

        return Sent(signed.Token, context) with { Setup = signed.Setup };
    }

    /// <summary>
    /// D7: method, path (no host, no query, as the SDK's <c>URL.pathname</c>) and the exact body
    /// string, empty when there is none.
    /// </summary>
    public static UserActionBinding BindingOf(Http.OutgoingRequest request)
    {
        var path = Uri.TryCreate(request.PathAndQuery, UriKind.Absolute, out var absolute)
            ? absolute.AbsolutePath
            : request.PathAndQuery.Split('?', 2)[0];
        return new UserActionBinding(request.Method.ToUpperInvariant(), path, request.Body ?? "");
    }

    private static AuthStep Sent(string token, AuthContext context) =>
        new(SchemePlacement.Set(context.Request, context.Scheme, token), [], UserActionToken: token);
}
