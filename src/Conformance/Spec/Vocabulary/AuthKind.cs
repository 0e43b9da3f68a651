namespace Conformance.Spec.Vocabulary;

/// <summary>The provider that fills a security scheme (<c>x-conformance-auth.kind</c>).</summary>
public enum AuthKind
{
    Bearer,
    StaticHeader,
    Nonce,
    UserAction,
    OAuth2ClientCredentials,

    /// <summary>HTTP Basic (RFC 7617) from the identity's <c>username</c> and <c>password</c>.</summary>
    Basic,
    Unsupported,
}
