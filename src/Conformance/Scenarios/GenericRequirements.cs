using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Scenarios;

/// <summary>
/// Requirements every OpenAPI operation has even when its spec says nothing of ours. Each says
/// what it rests on, and claims no more than that: what the vendor's own OpenAPI declares for the
/// operation (a documented 2xx, the security it requires, its response schemas and media types)
/// is <see cref="EvidenceBasis.Specified"/> and may be MUST, with the operation's pointer as its
/// source; a status a standard defines or prefers is <see cref="EvidenceBasis.Standard"/>, quoted
/// verbatim from <c>specs/standards.yaml</c>; everything else is a <see cref="EvidenceBasis.Convention"/>
/// (at most SHOULD) whose quote is our own sentence and says so.
/// </summary>
internal static class GenericRequirements
{
    internal const string Rfc9110Status401 = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2";
    internal const string Rfc6750InvalidToken = "https://www.rfc-editor.org/rfc/rfc6750#section-3.1";

    private const string MissingCredentials401 = "The 401 (Unauthorized) status code indicates that the request has not been applied because it lacks valid authentication credentials for the target resource.";
    private const string RefusedCredentials401 = "If the request included authentication credentials, then the 401 response indicates that authorization has been refused for those credentials.";
    private const string InvalidToken401 = "The access token provided is expired, revoked, malformed, or invalid for other reasons. The resource SHOULD respond with the HTTP 401 (Unauthorized) status code.";

    // Refused: the operation must not be carried out. A 5xx is not an acceptance, so it does not
    // break the MUST (response/no-5xx says what we think of it, at SHOULD).
    private static readonly StatusMatcher Refused = new([], [4, 5]);

    /// <summary>The defaults that need no operation to state them, by key.</summary>
    private static readonly Dictionary<string, Requirement> Static = new Requirement[]
    {
        Convention("schema/invalid-rejected",
            "The OpenAPI Specification describes request schemas but says nothing of what a server answers to a request that breaks one; by common convention we expected a 4xx.",
            new Expectation(StatusMatcher.OfClass(4))),
        Convention("schema/content-type-rejected",
            "No document asks a server to reject a body sent with an undeclared media type (RFC 9110 §15.5.16 defines 415 and leaves its use to the server); by common convention we expected a 4xx.",
            new Expectation(StatusMatcher.OfClass(4))),
        Convention("unknown-id/rejected",
            "The documents are silent on an id that names nothing; by common convention we expected a 4xx.",
            new Expectation(StatusMatcher.OfClass(4))),
        new Requirement("method/undocumented-rejected", RequirementLevel.Should, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
            "The 405 (Method Not Allowed) status code indicates that the method received in the request-line is known by the origin server but not supported by the target resource.",
            new Expectation(StatusMatcher.Exactly(404, 405))) { Basis = EvidenceBasis.Standard },
        new Requirement("permission/denied", RequirementLevel.Should, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4",
            "The 403 (Forbidden) status code indicates that the server understood the request but refuses to fulfill it.",
            new Expectation(StatusMatcher.Exactly(403))) { Basis = EvidenceBasis.Standard },
        Convention("state/others-unchanged",
            "The documents are silent on resources the request does not name; by common convention we expected an operation on one resource to leave every other resource as it was.",
            null),
        Convention("response/status-documented",
            "The OpenAPI Specification does not expect a document to list every status a server may answer; by common convention we expected a status the operation documents.",
            null),
        Convention("response/no-5xx",
            "No document forbids a server error; by common convention we expected a request the suite sends on purpose not to make the server fail with a 5xx.",
            null),
        new Requirement("envelope/invariants", RequirementLevel.Should, "x-envelope",
            "The spec's own x-envelope states these invariants without citing a document; we expected every enveloped response to keep them.",
            null) { Basis = EvidenceBasis.Decision },
    }.ToDictionary(r => r.Key, StringComparer.Ordinal);

    /// <summary>The keys for which an operation's declarations make the default (positive, auth, response checks).</summary>
    private static readonly HashSet<string> Declared = new(StringComparer.Ordinal)
    {
        "positive/accepted", "auth/missing-rejected", "auth/invalid-rejected", "response/schema-valid", "response/error-shape", "response/content-type",
    };

    /// <summary>Every key with a generic default.</summary>
    public static IEnumerable<string> Keys => Static.Keys.Concat(Declared);

    /// <summary>The operation-independent default for <paramref name="key"/>, if it has one.</summary>
    public static Requirement? Find(string key) => Static.GetValueOrDefault(key);

    /// <summary>
    /// The default for <paramref name="key"/> on <paramref name="operation"/>: what the operation
    /// declares (its 2xx, its security, its response schemas) cited by pointer, else <see cref="Find"/>.
    /// </summary>
    public static Requirement? For(ApiDocument document, ApiOperation operation, string key, string? scheme = null)
    {
        if (!Declared.Contains(key)) return Find(key);
        var at = $"{document.SourcePath}#{operation.Pointer}";
        var twoHundreds = operation.Responses.Select(r => r.StatusCode).Where(c => c.StartsWith('2')).ToList();
        var security = string.Join(" + ", operation.PrimarySecurity);
        return key switch
        {
            "positive/accepted" => Specified(key, $"{at}/responses",
                $"responses: {(twoHundreds.Count > 0 ? string.Join(", ", twoHundreds) : "no 2xx declared")}",
                new Expectation(StatusMatcher.OfClass(2))),
            "auth/missing-rejected" => Specified(key, $"{at}/security", $"security: {security}",
                new Expectation(Refused)
                {
                    PreferredStatus = StatusMatcher.Exactly(401),
                    PreferredSource = Rfc9110Status401,
                    PreferredQuote = MissingCredentials401,
                    PreferredBasis = EvidenceBasis.Standard,
                }),
            "auth/invalid-rejected" => Specified(key, $"{at}/security", $"security: {security}", InvalidCredentials(document, operation, scheme)),
            "response/schema-valid" => Specified(key, $"{at}/responses", "the schema each documented 2xx response declares under content", null),
            "response/error-shape" => Specified(key, $"{at}/responses", "the schema each documented error response declares under content", null),
            _ => Specified(key, $"{at}/responses", "the media types each documented response declares under content", null),
        };
    }

    // A forged bearer or OAuth token is RFC 6750's invalid_token (SHOULD 401); any other credential
    // falls back on RFC 9110's reading of a 401 to a request that carried credentials.
    private static Expectation InvalidCredentials(ApiDocument document, ApiOperation operation, string? scheme)
    {
        var kind = document.SecuritySchemes.GetValueOrDefault(scheme ?? operation.PrimarySecurity.FirstOrDefault() ?? "")?.Auth.Kind;
        var bearer = kind is AuthKind.Bearer or AuthKind.OAuth2ClientCredentials;
        return new Expectation(Refused)
        {
            PreferredStatus = StatusMatcher.Exactly(401),
            PreferredSource = bearer ? Rfc6750InvalidToken : Rfc9110Status401,
            PreferredQuote = bearer ? InvalidToken401 : RefusedCredentials401,
            PreferredBasis = EvidenceBasis.Standard,
        };
    }

    private static Requirement Specified(string key, string source, string quote, Expectation? expect) =>
        new(key, RequirementLevel.Must, source, quote, expect) { Basis = EvidenceBasis.Specified };

    private static Requirement Convention(string key, string quote, Expectation? expect) =>
        new(key, RequirementLevel.Should, "common practice (no normative source)", quote, expect) { Basis = EvidenceBasis.Convention };
}
