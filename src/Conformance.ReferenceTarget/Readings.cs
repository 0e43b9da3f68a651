namespace Conformance.ReferenceTarget;

/// <summary>
/// Alternative readings of the documents: where they are silent, another answer a faithful server
/// may give than the one our decision chose (specs/README.md, "Decisions in these specs", column
/// "alternative readings"). Unlike a fault, a reading breaks no documented requirement: the suite
/// must report no FAIL under each one (PASS, or WARN where only our SHOULD-level decision
/// disagrees, INCONCLUSIVE where the evidence cannot tell, SKIP where a scenario cannot be run
/// safely) and leave no fixture unconfirmed.
/// Alternatives the README marks FAIL contradict a document: they are not readings, and not here.
/// </summary>
public static class Readings
{
    private const string Legacy = "dfns-legacy";
    private const string Current = "dfns";
    private const string Senha = "senhasegura";

    // Legacy Dfns (contract dfns-legacy).
    public const string DfnsAuthoriztionHeader = "dfns-authoriztion-header";
    public const string DfnsNonceWindowWide = "dfns-nonce-window-wide";
    public const string DfnsNonceFutureOk = "dfns-nonce-future-ok";
    public const string DfnsNonceUuidDatetime = "dfns-nonce-uuid-datetime";
    public const string DfnsNonceNonceDatetime = "dfns-nonce-nonce-datetime";
    public const string DfnsNonceUuidDate = "dfns-nonce-uuid-date";
    public const string DfnsNonceConsumedOnSuccess = "dfns-nonce-consumed-on-success";
    public const string DfnsNoUserRead = "dfns-no-user-read";
    public const string DfnsUserActionParsedPayload = "dfns-user-action-parsed-payload";
    public const string DfnsUserActionTextBinding = "dfns-user-action-text-binding";
    public const string DfnsAppIdMissing400 = "dfns-appid-missing-400";
    public const string DfnsAppIdUnchecked = "dfns-appid-unchecked";
    public const string DfnsUnauthorizedTokenMessage = "dfns-unauthorized-token-message";
    public const string DfnsUnknownId403 = "dfns-unknown-id-403";
    public const string DfnsUnknownId200 = "dfns-unknown-id-200";
    public const string DfnsUsersNoPermission = "dfns-users-no-permission";
    public const string DfnsErrorCurrentShape = "dfns-error-current-shape";
    public const string DfnsBodyInvalid422 = "dfns-body-invalid-422";
    public const string DfnsExtraPropertiesIgnored = "dfns-extra-properties-ignored";
    public const string DfnsAnyContentType = "dfns-any-content-type";
    public const string DfnsMissingField404 = "dfns-missing-field-404";
    public const string DfnsBodyFirst = "dfns-body-first";
    public const string DfnsUserActionFirst = "dfns-user-action-first";
    public const string DfnsUndocumentedMethod401 = "dfns-undocumented-method-401";
    public const string DfnsUndocumentedMethod400 = "dfns-undocumented-method-400";
    public const string DfnsUndocumentedMethod500 = "dfns-undocumented-method-500";
    public const string DfnsCredIdIsUuid = "dfns-cred-id-is-uuid";
    public const string DfnsP256Only = "dfns-p256-only";
    public const string DfnsRepeatOtherMessage = "dfns-repeat-other-message";

    // senhasegura.
    public const string SenhaNoPam500 = "senha-no-pam-500";
    public const string SenhaGetInactiveOk = "senha-get-inactive-ok";
    public const string SenhaMessageCapitalised = "senha-message-capitalised";
    public const string SenhaIntegerIds = "senha-integer-ids";
    public const string SenhaBadId500 = "senha-bad-id-500";
    public const string SenhaBadId1007 = "senha-bad-id-1007";
    public const string SenhaReducedGetError = "senha-reduced-get-error";
    public const string SenhaGatewayNotFound = "senha-gateway-not-found";
    public const string SenhaInvalidTokenEnvelope = "senha-invalid-token-envelope";
    public const string SenhaMissingToken401 = "senha-missing-token-401";
    public const string SenhaInvalidToken500 = "senha-invalid-token-500";
    public const string SenhaBadClient400 = "senha-bad-client-400";
    public const string SenhaListActiveOnly = "senha-list-active-only";
    public const string SenhaToken24h = "senha-token-24h";
    public const string SenhaTokenNoExpiry = "senha-token-no-expiry";
    public const string SenhaUndocumentedMethod404 = "senha-undocumented-method-404";
    public const string SenhaUndocumentedMethod403 = "senha-undocumented-method-403";
    public const string SenhaUndocumentedMethod500 = "senha-undocumented-method-500";
    public const string SenhaSuccessWording = "senha-success-wording";

    // Current Dfns (contract dfns).
    public const string CurrentUndocumentedMethod403 = "dfns-current-undocumented-method-403";
    public const string CurrentBodyFirst = "dfns-current-body-first";
    public const string CurrentUserActionFirst = "dfns-current-user-action-first";
    public const string CurrentServiceAccount401 = "dfns-current-service-account-401";
    public const string CurrentUnknownCredential400 = "dfns-current-unknown-credential-400";
    public const string CurrentUnknownCredential200 = "dfns-current-unknown-credential-200";
    public const string CurrentExtraPropertiesIgnored = "dfns-current-extra-properties-ignored";
    public const string CurrentUserRepeat400 = "dfns-current-user-repeat-400";
    public const string CurrentUserAction401 = "dfns-current-user-action-401";
    public const string CurrentKindAccountUser = "dfns-current-kind-account-user";

    /// <summary>Every reading, in a stable order.</summary>
    public static IReadOnlyList<ReadingDescriptor> Catalogue { get; } =
    [
        new(DfnsAuthoriztionHeader, "D1-alt", Legacy, "PASS", "the curl samples' misspelt `Authoriztion` header is taken as the bearer token too"),
        new(DfnsNonceWindowWide, "D3-alt-a", Legacy, "WARN", "the nonce window is 48 h either way: the suite's 24-h-old and 24-h-ahead nonces are accepted"),
        new(DfnsNonceFutureOk, "D3-alt-b", Legacy, "WARN", "only past times expire: a nonce dated in the future is accepted"),
        new(DfnsNonceUuidDatetime, "D4-alt-a", Legacy, "PASS", "the nonce is read only as `uuid` + `datetime` (the seeds' tables); other spellings are missing fields") { Group = "D4" },
        new(DfnsNonceNonceDatetime, "D4-alt-b", Legacy, "PASS", "the nonce is read only as `nonce` + `datetime` (the curl samples); other spellings are missing fields") { Group = "D4" },
        new(DfnsNonceUuidDate, "D4-alt-c", Legacy, "PASS", "the nonce is read only as `uuid` + `date` (request-headers page, SDK); other spellings are missing fields") { Group = "D4" },
        new(DfnsNonceConsumedOnSuccess, "D5-alt", Legacy, "PASS", "a nonce counts as used only when its request succeeds (2xx); a refused request leaves it usable"),
        new(DfnsNoUserRead, "D6-alt-read", Legacy, "INCONCLUSIVE", "no `GET /auth/users/{userId}` on this legacy server (404): the read's own scenarios SKIP with the reason; the others start from the profile's declared state and move the user on the documented 200 answers, and a \"state must not change\" no read can tell is INCONCLUSIVE"),
        new(DfnsUserActionParsedPayload, "D7-alt-a", Legacy, "PASS", "the user action payload is compared as parsed JSON, not as the exact string") { Group = "D7" },
        new(DfnsUserActionTextBinding, "D7-alt-b", Legacy, "PASS", "the 2022 binding: a user action is bound to the action it names (\"Activate credential (<id>).\"), derived from method, path and the payload's id") { Group = "D7" },
        new(DfnsAppIdMissing400, "D8-alt-a", Legacy, "WARN", "a missing X-DFNS-APPID answers 400 (not 401)"),
        new(DfnsAppIdUnchecked, "D8-alt-b", Legacy, "WARN", "the X-DFNS-APPID value is not checked: an unknown one is accepted (a missing one is still refused)"),
        new(DfnsUnauthorizedTokenMessage, "D9-alt", Legacy, "WARN", "401 answers say \"user token is missing or invalid\" (one errors-page version) instead of \"Not Authorized.\""),
        new(DfnsUnknownId403, "D10-alt-a", Legacy, "WARN", "an unknown credential or user id answers 403") { Group = "D10" },
        new(DfnsUnknownId200, "D10-alt-b", Legacy, "WARN", "an unknown credential or user id answers 200: \"no action is taken\"") { Group = "D10" },
        new(DfnsUsersNoPermission, "D11-alt-b", Legacy, "WARN", "the legacy user paths need no permission (their pages say \"TODO\"): the unprivileged caller may (de)activate users"),
        new(DfnsErrorCurrentShape, "D12-alt", Legacy, "PASS", "errors in the current structure {\"error\":{\"id\",\"status\",\"message\"}}"),
        new(DfnsBodyInvalid422, "D14-alt-a", Legacy, "WARN", "a body that breaks the schema answers 422 (not 400)"),
        new(DfnsExtraPropertiesIgnored, "D14-alt-b", Legacy, "WARN", "extra body properties are ignored, the request applied (activation bodies and POST /auth/action/init)"),
        new(DfnsAnyContentType, "D14-alt-c", Legacy, "WARN", "a JSON body is read whatever its Content-Type (text/plain too)"),
        new(DfnsMissingField404, "D14-alt-d", Legacy, "WARN", "a body without the id field answers 404 \"Credential not found\" / \"User not found\""),
        new(DfnsBodyFirst, "D15-alt", Legacy, "PASS", "another order of checks: bearer → body → permission → app id → nonce → user action → lookup") { Group = "D15" },
        new(DfnsUserActionFirst, "D15-alt-b", Legacy, "PASS", "another order of checks: bearer → app id → nonce → permission → user action → body → lookup (the signature before the schema)") { Group = "D15" },
        new(DfnsUndocumentedMethod401, "D16-alt-a", Legacy, "WARN", "an undocumented method answers 401 \"Not Authorized.\" (auth before routing, no route grants it)") { Group = "D16" },
        new(DfnsUndocumentedMethod400, "D16-alt-b", Legacy, "WARN", "an undocumented method answers 400") { Group = "D16" },
        new(DfnsUndocumentedMethod500, "D16-alt-c", Legacy, "WARN", "an undocumented method answers 500 \"Internal Server Error\"") { Group = "D16" },
        new(DfnsCredIdIsUuid, "D17-alt-a", Legacy, "PASS", "the key assertion's credId is the credential's credentialUuid (cr-…, PY/JAVA docstrings), listed so in allowCredentials; the profile names that id"),
        new(DfnsP256Only, "D17-alt-b", Legacy, "PASS", "only ECDSA P-256 signatures are verified, so every registered key (and the profile's) is P-256"),
        new(DfnsRepeatOtherMessage, "D18-alt", Legacy, "PASS", "activating an active (deactivating an inactive) resource answers 200 with another message"),

        new(SenhaGetInactiveOk, "S9-alt", Senha, "INCONCLUSIVE", "GET /api/pam/credential/{id} answers 200 with the credential when it is disabled (S9 chose 400 1008; the docs list no 1008 for GET)"),
        new(SenhaMessageCapitalised, "S1-alt", Senha, "PASS", "the envelope carries `Message` (the EN enable page) instead of `mensagem`"),
        new(SenhaIntegerIds, "S3-alt-a", Senha, "PASS", "credential ids in bodies are JSON integers"),
        new(SenhaNoPam500, "S8-alt", Senha, "WARN", "a client without PAM permission is refused with 500 \"You are not authorized to access this resource.\" (the same page's other answer), not 400 1039"),
        new(SenhaBadId500, "S3-alt-b", Senha, "WARN", "a non-integer path id answers 500 \"Unexpected error\" (the sibling page documents 500 for a missing id)") { Group = "S3" },
        new(SenhaBadId1007, "S3-alt-c", Senha, "PASS", "a non-integer path id answers 400 \"1007: Credential not found\"") { Group = "S3" },
        new(SenhaReducedGetError, "S5-alt-a", Senha, "PASS", "GET's business errors in the reduced envelope of the GET consult example (no `exception`)"),
        new(SenhaGatewayNotFound, "S6-alt", Senha, "PASS", "a wrong URL under /api answers the gateway's 404 {\"message\"} instead of the enveloped \"Resource sub not found\""),
        new(SenhaInvalidTokenEnvelope, "S7-alt-a", Senha, "PASS", "an unknown or expired token answers 401 in the A2A envelope") { Group = "S7-token" },
        new(SenhaMissingToken401, "S7-alt-b", Senha, "PASS", "a request without Authorization answers 401 (not the gateway's 404)"),
        new(SenhaInvalidToken500, "S7-alt-c", Senha, "WARN", "an unknown or expired token answers 500 \"You are not authorized to access this resource.\"") { Group = "S7-token" },
        new(SenhaBadClient400, "S7-alt-d", Senha, "PASS", "the token endpoint answers a bad client 400 {\"error\":\"invalid_client\"}"),
        new(SenhaListActiveOnly, "S10-alt", Senha, "PASS", "GET /api/pam/credential lists only active credentials"),
        new(SenhaToken24h, "S11-alt-a", Senha, "PASS", "tokens live 24 h: \"expires_in\": 86400") { Group = "S11" },
        new(SenhaTokenNoExpiry, "S11-alt-b", Senha, "PASS", "the token answer has no expires_in (RFC 6749: RECOMMENDED)") { Group = "S11" },
        new(SenhaUndocumentedMethod404, "S12-alt-a", Senha, "PASS", "an undocumented method answers 404 \"Resource sub not found\"") { Group = "S12" },
        new(SenhaUndocumentedMethod403, "S12-alt-b", Senha, "WARN", "an undocumented method answers 403 in the envelope") { Group = "S12" },
        new(SenhaUndocumentedMethod500, "S12-alt-c", Senha, "WARN", "an undocumented method answers 500 in the envelope") { Group = "S12" },
        new(SenhaSuccessWording, "S13-alt", Senha, "PASS", "enable/disable succeed with another wording (\"Credential activated\" / \"Credential deactivated\")"),

        new(CurrentUndocumentedMethod403, "C1-alt-a", Current, "WARN", "an undocumented method answers 403 (not 404/405)"),
        new(CurrentBodyFirst, "C1-alt-b", Current, "PASS", "another order of checks: bearer → body → permission → user action → lookup") { Group = "C1-order" },
        new(CurrentUserActionFirst, "C1-alt-c", Current, "PASS", "another order of checks: bearer → permission → user action → body → lookup (the signature before the schema)") { Group = "C1-order" },
        new(CurrentServiceAccount401, "C2-alt", Current, "WARN", "a service account on the credential endpoints is refused with 401 (not 403)"),
        new(CurrentUnknownCredential400, "C3-alt", Current, "WARN", "an unknown credentialUuid answers 400 (not 404)") { Group = "C3" },
        new(CurrentUnknownCredential200, "C3-alt-b", Current, "WARN", "an unknown credentialUuid answers 200 \"success\": \"no action is taken\"") { Group = "C3" },
        new(CurrentExtraPropertiesIgnored, "C7-alt", Current, "WARN", "extra properties in an activation body are ignored and the request applied (the OpenAPI's additionalProperties: false, no sentence asks for a refusal)"),
        new(CurrentUserRepeat400, "C4-alt", Current, "WARN", "activating an active (deactivating an inactive) user answers 400 \"User is already active/inactive\", no change"),
        new(CurrentUserAction401, "C5-alt", Current, "WARN", "a forged or mismatched X-DFNS-USERACTION answers 401 (not 403)"),
        new(CurrentKindAccountUser, "C6-alt", Current, "PASS", "users answer `kind: AccountUser` (the vendor's 1.880.1 pages)"),
    ];

    /// <summary>Every reading, name → what it changes (decision id first).</summary>
    public static IReadOnlyDictionary<string, string> All { get; } =
        Catalogue.ToDictionary(r => r.Name, r => $"{r.Decision}: {r.Description}", StringComparer.Ordinal);

    /// <summary>The reading with this name, or null.</summary>
    public static ReadingDescriptor? Find(string name) => Catalogue.FirstOrDefault(r => r.Name == name);

    /// <summary>
    /// Sets of readings that can be on together, covering every reading: set k holds the k-th
    /// reading of each group (where it has one) and every reading outside a group.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> CompatibleSets()
    {
        var groups = Catalogue.Where(r => r.Group is not null).GroupBy(r => r.Group!).ToList();
        var loose = Catalogue.Where(r => r.Group is null).Select(r => r.Name).ToList();
        var count = Math.Max(1, groups.Count == 0 ? 1 : groups.Max(g => g.Count()));
        return Enumerable.Range(0, count)
            .Select(k => (IReadOnlyList<string>)loose.Concat(groups.Where(g => g.Count() > k).Select(g => g.ElementAt(k).Name)).ToList())
            .ToList();
    }
}
