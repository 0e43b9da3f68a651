using Conformance.Spec.Vocabulary;

namespace Conformance.Auth;

/// <summary>
/// Fills one kind of security scheme (<c>x-conformance-auth.kind</c>): valid, forged or left out
/// as the <see cref="Auth.AuthPlan"/> says. A new authentication scheme is a new provider.
/// </summary>
internal interface ISchemeProvider
{
    AuthKind Kind { get; }

    Task<AuthStep> ApplyAsync(AuthContext context, CancellationToken cancellationToken);
}
