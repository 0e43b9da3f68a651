namespace Conformance.Spec.Vocabulary;

/// <summary>The provider that fills a security scheme (<c>x-conformance-auth.kind</c>).</summary>
public enum AuthKind
{
    Bearer,
    StaticHeader,
    Nonce,
    UserAction,
    OAuth2ClientCredentials,
    Unsupported,
}
