namespace Conformance.Http;

/// <summary>
/// What is secret by name, whatever its value: headers that carry credentials and body or form
/// fields that carry tokens, passwords and keys, masked where they stand. A name alone never
/// makes a value a run-wide secret: only values the <see cref="SecretRegistry"/> holds (the
/// profile's, tokens an authentication flow issued, values of fields the spec marks sensitive)
/// are redacted wherever they appear.
/// </summary>
internal static class RedactionRules
{
    public const string Mask = "[REDACTED]";

    /// <summary>Credential headers (RFC 9110 §11.6.2, §11.7.2; RFC 6265 §4; the Dfns request headers).</summary>
    public static readonly IReadOnlySet<string> SecretHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie",
        "X-DFNS-APPSECRET", "X-DFNS-APISIGNATURE", "X-DFNS-USERACTION",
    };

    /// <summary>Headers whose first word is an authentication scheme worth keeping (<c>Bearer</c>, <c>Basic</c>).</summary>
    public static readonly IReadOnlySet<string> SchemeHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization",
    };

    /// <summary>JSON properties and form fields whose value is a secret.</summary>
    public static readonly IReadOnlyList<string> SecretFields =
    [
        "access_token", "refresh_token", "token", "userAction", "client_secret", "password",
        "privateKey", "privateKeyPem", "encryptedPrivateKey", "secret",
    ];
}
