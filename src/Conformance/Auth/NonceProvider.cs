using Conformance.Spec.Vocabulary;

namespace Conformance.Auth;

/// <summary>
/// A fresh replay-protection nonce on every request (<c>x-nonce</c>), or exactly the value the
/// plan gives (malformed, stale, replayed). A forged nonce is just a fresh one: a nonce holds no
/// secret, so any well-formed unused value is already "unknown" to the target.
/// </summary>
internal sealed class NonceProvider(INonceSource nonces) : ISchemeProvider
{
    /// <summary>Used when the scheme is a nonce kind without <c>x-nonce</c>: the D4 defaults.</summary>
    public static readonly NonceRules DefaultRules = new("base64url-json", "uuid", "date", ["uuid"], ["date"], 300, 86400);

    public AuthKind Kind => AuthKind.Nonce;

    public Task<AuthStep> ApplyAsync(AuthContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (context.Omitted) return AuthStep.Applied(SchemePlacement.Remove(request, context.Scheme));

        var nonce = context.Plan.Nonce is { } exact && !context.Forged ? exact : nonces.Fresh(context.Scheme.Nonce ?? DefaultRules);
        return Task.FromResult(new AuthStep(SchemePlacement.Set(request, context.Scheme, nonce), [], Nonce: nonce));
    }
}
