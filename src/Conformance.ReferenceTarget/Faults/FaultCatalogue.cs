using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget;

/// <summary>
/// Every injectable fault. Each breaks exactly one requirement of exactly one operation, so a
/// control request on any other operation (or the same operation's other rules) still behaves.
/// </summary>
public static class FaultCatalogue
{
    private const string Dfns = "dfns";
    private const string Senha = "senhasegura";
    private const string CredActivate = "credentials.activate";
    private const string CredDeactivate = "credentials.deactivate";
    private const string Enable = "credentials.enable";
    private const string Disable = "credentials.disable";

    /// <summary>All faults, in a stable order.</summary>
    public static IReadOnlyList<FaultDescriptor> All { get; } =
    [
        Legacy(FaultNames.DfnsNonceReplayAccepted, CredActivate, "nonce/replay-rejected", "a reused X-DFNS-NONCE is accepted like a fresh one"),
        Legacy(FaultNames.DfnsNonceReplayRace, CredActivate, "nonce/concurrent-replay-one-accepted", "the replay check is check-then-insert with a yield in between, so concurrent reuses slip through"),
        Legacy(FaultNames.DfnsNonceStaleAccepted, CredActivate, "nonce/stale-rejected", "a nonce dated outside the validity window is accepted") with
        {
            UndetectableUnder = new Dictionary<string, string>(StringComparer.Ordinal) { [ReferenceTarget.Readings.DfnsNonceWindowWide] = "D3-alt-a: a window over 24 h accepts the suite's 24-h-old and 24-h-ahead nonces just as the fault does; no other age tells them apart without knowing the window, which no document gives" },
        },
        Legacy(FaultNames.DfnsNonceMalformedCrash, CredActivate, "nonce/malformed-rejected", "a nonce that is not base64url JSON answers 500 instead of 400"),
        Legacy(FaultNames.DfnsNonceMissingAccepted, CredActivate, "nonce/missing-rejected", "a request without X-DFNS-NONCE is accepted"),
        Legacy(FaultNames.DfnsNonceReplayApplied, CredActivate, "nonce/replay-no-effect", "a replayed request is answered 400 but its effect is still applied"),
        Legacy(FaultNames.DfnsNonceScopedPerOperation, CredActivate, "nonce/replay-rejected", "a nonce already used on another operation (another path or method) is accepted: the replay store is kept per operation"),
        Legacy(FaultNames.DfnsNonceReplayWrongMessage, CredActivate, "nonce/replay-rejected", "a reused nonce is refused with 400 but not with the documented message"),
        Legacy(FaultNames.DfnsBearerMissingAccepted, CredActivate, "auth/missing-rejected", "a request without Authorization runs as the privileged user"),
        Legacy(FaultNames.DfnsBearerInvalidAccepted, CredActivate, "auth/invalid-rejected", "an unknown bearer token runs as the privileged user"),
        Legacy(FaultNames.DfnsUserActionMissingAccepted, CredActivate, "user-action/missing-rejected", "a request without X-DFNS-USERACTION is accepted"),
        Legacy(FaultNames.DfnsUserActionMismatchAccepted, CredActivate, "user-action/mismatch-rejected", "a user action token issued for another method, path or payload is accepted"),
        Legacy(FaultNames.DfnsUserActionReusable, CredActivate, "user-action/reused-rejected", "a user action token can be used more than once"),
        Legacy(FaultNames.DfnsUserActionForgedAccepted, CredActivate, "user-action/forged-rejected", "any non-empty X-DFNS-USERACTION value is accepted"),
        Legacy(FaultNames.DfnsReactivateError, CredActivate, "idempotent/repeat", "activating an already active credential answers 400 instead of a 200 no-op"),
        Legacy(FaultNames.DfnsReactivateToggles, CredActivate, "idempotent/repeat", "activating an already active credential deactivates it"),
        Legacy(FaultNames.DfnsDeactivateNoop, CredDeactivate, "state/transition", "deactivate answers 200 but the credential stays active"),
        Legacy(FaultNames.DfnsActivateFlipsSibling, CredActivate, "state/others-unchanged", "activate also flips another fixture credential of the same user"),
        Legacy(FaultNames.DfnsUsersReactivateError, "users.activate", "idempotent/repeat", "activating an already active user answers 400 instead of a 200 no-op"),
        Legacy(FaultNames.DfnsUsersDeactivateNoop, "users.deactivate", "state/transition", "user deactivate answers 200 but the user stays active") with
        {
            UndetectableUnder = new Dictionary<string, string>(StringComparer.Ordinal) { [ReferenceTarget.Readings.DfnsNoUserRead] = "D6-alt-read: truly undetectable: with no user read, every documented answer is 200 \"success\" whether or not the user changed (a repeat is a documented 200 no-op), so nothing a faithful server says tells a deactivation that did nothing" },
        },
        Legacy(FaultNames.DfnsSchemaExtraPropertyAccepted, CredActivate, "schema/invalid-rejected", "a body with an extra property is accepted") with
        {
            UndetectableUnder = new Dictionary<string, string>(StringComparer.Ordinal) { [ReferenceTarget.Readings.DfnsExtraPropertiesIgnored] = "D14-alt-b: the reading ignores extra properties and applies the request, exactly the fault's answer" },
        },
        Legacy(FaultNames.DfnsSchemaEmptyIdAccepted, CredActivate, "schema/invalid-rejected", "an empty credentialUuid is accepted (200, nothing changes)"),
        Legacy(FaultNames.DfnsSchemaMissingFieldCrash, CredDeactivate, "schema/required-rejected", "a body without credentialUuid answers 500 instead of 400"),
        Legacy(FaultNames.DfnsFuzzPayloadCrash, "auth.action.init", "response/no-5xx", "a userActionPayload with a character outside ASCII answers 500 (only generated requests reach it: found by --fuzz)") with { FoundBy = FaultDescriptor.Fuzzing },
        Legacy(FaultNames.DfnsSuccessWithoutMessage, CredActivate, "response/schema-valid", "the 200 body lacks the required message property"),
        Legacy(FaultNames.DfnsSuccessTextPlain, CredActivate, "response/content-type", "the 200 body is sent as text/plain"),
        Legacy(FaultNames.DfnsFlatErrorShape, CredActivate, "response/error-shape", "errors are {\"message\":...} instead of {\"error\":{\"message\":...}}"),
        Legacy(FaultNames.DfnsSuccessStatus202, CredActivate, "response/status-documented", "success answers the undocumented status 202"),
        Legacy(FaultNames.DfnsUnknownCredentialOk, CredActivate, "unknown-id/rejected", "an unknown credentialUuid answers 200") with
        {
            UndetectableUnder = new Dictionary<string, string>(StringComparer.Ordinal) { [ReferenceTarget.Readings.DfnsUnknownId200] = "D10-alt-b: the reading answers an unknown credentialUuid 200 \"no action is taken\", exactly the fault's answer" },
        },
        Legacy(FaultNames.DfnsGetOnPutPathCrash, CredActivate, "method/undocumented-rejected", "GET on the activate path answers 500 instead of 405") with
        {
            UndetectableUnder = new Dictionary<string, string>(StringComparer.Ordinal) { [ReferenceTarget.Readings.DfnsUndocumentedMethod500] = "D16-alt-c: the reading answers every undocumented method 500, the fault's answer to GET" },
        },
        Legacy(FaultNames.DfnsPermissionNotEnforced, CredActivate, "permission/denied", "a caller without Auth:Creds:Update may activate credentials"),
        Legacy(FaultNames.DfnsUsersPermissionNotEnforced, "users.deactivate", "permission/denied", "a caller without Auth:Users:Update may deactivate users") with
        {
            UndetectableUnder = new Dictionary<string, string>(StringComparer.Ordinal) { [ReferenceTarget.Readings.DfnsUsersNoPermission] = "D11-alt-b: the legacy user pages say \"TODO\" for the permission; a server that asks none lets the unprivileged caller deactivate users, exactly as the fault does" },
        },

        Current(FaultNames.DfnsCurrentNonceRequired, CredActivate, "positive/accepted", "requires X-DFNS-NONCE as the legacy API did: a valid request without it is refused with 400"),
        Current(FaultNames.DfnsCurrentAppIdRequired, "users.activate", "positive/accepted", "requires X-DFNS-APPID as the legacy API did: a valid request without it is refused with 401"),
        Current(FaultNames.DfnsCurrentBearerMissingAccepted, CredDeactivate, "auth/missing-rejected", "a request without Authorization runs as the privileged user"),
        Current(FaultNames.DfnsCurrentServiceAccountAccepted, CredActivate, "permission/service-account-refused", "a service account may activate credentials (the page says \"❌ Service Account\")"),
        Current(FaultNames.DfnsCurrentUsersPermissionNotEnforced, "users.activate", "permission/denied", "a caller without Auth:Users:Activate may activate users"),
        Current(FaultNames.DfnsCurrentUserActionNotBound, CredActivate, "user-action/mismatch-rejected", "a user action token is accepted for any method, path and payload (not bound to the request it was signed for)"),
        Current(FaultNames.DfnsCurrentUserActionForgedAccepted, "users.deactivate", "user-action/forged-rejected", "any non-empty X-DFNS-USERACTION value is accepted"),
        Current(FaultNames.DfnsCurrentUserActionReusable, "users.deactivate", "user-action/reused-rejected", "a user action token can be used more than once"),
        Current(FaultNames.DfnsCurrentUserActionMissingAccepted, "users.activate", "user-action/missing-rejected", "a request without X-DFNS-USERACTION is accepted"),
        Current(FaultNames.DfnsCurrentUserAnswerIsMessage, "users.activate", "response/schema-valid", "user activation answers the legacy {\"message\":\"success\"} instead of the User"),
        Current(FaultNames.DfnsCurrentUserReadStale, "users.activate", "state/transition", "user activation answers the activated User, but the user read (GET /auth/users/{userId}) still shows it inactive"),
        Current(FaultNames.DfnsCurrentUnknownUserOk, "users.deactivate", "unknown-id/rejected", "deactivating an unknown user id answers 200"),
        Current(FaultNames.DfnsCurrentReactivateError, CredActivate, "idempotent/repeat", "activating an already active credential answers 400 instead of a 200 no-op"),
        Current(FaultNames.DfnsCurrentChallengeLegacyShape, "auth.action.init", "response/schema-valid", "the challenge lacks the required attestation and externalAuthenticationUrl"),
        Current(FaultNames.DfnsCurrentCredentialListPartial, "credentials.list", "response/schema-valid", "listed credentials lack the required publicKey, relyingPartyId and origin"),

        new(FaultNames.SenhaReenableOk, Senha, Enable, "idempotent/repeat", "enabling an active credential answers 200 instead of 400 1043"),
        new(FaultNames.SenhaRedisableOk, Senha, Disable, "idempotent/repeat", "disabling an inactive credential answers 200 instead of 400 1008"),
        new(FaultNames.SenhaEnvelopeCodeMismatch, Senha, Enable, "envelope/invariants", "the envelope's code is always 200, whatever the HTTP status"),
        new(FaultNames.SenhaEnvelopeErroMismatch, Senha, Disable, "envelope/invariants", "the envelope's erro is the negation of error"),
        new(FaultNames.SenhaNoPamPermissionAccepted, Senha, Enable, "permission/denied", "a client without PAM Configuration Access may enable credentials"),
        new(FaultNames.SenhaNoCredentialAccessAccepted, Senha, Enable, "permission/no-access", "a client without access to a credential may enable it"),
        new(FaultNames.SenhaTokenMissingAccepted, Senha, Enable, "auth/missing-rejected", "enable without Authorization runs as the privileged client"),
        new(FaultNames.SenhaTokenInvalidAccepted, Senha, Enable, "auth/invalid-rejected", "enable with an unknown or expired token runs as the privileged client"),
        new(FaultNames.SenhaUnknownIdOk, Senha, Enable, "unknown-id/rejected", "enabling an unknown id answers 200"),
        new(FaultNames.SenhaNotACredentialAccepted, Senha, Enable, "unknown-id/not-a-credential", "enabling an item that is not a credential answers 200"),
        new(FaultNames.SenhaDisableNoop, Senha, Disable, "state/transition", "disable answers 200 but the credential stays active"),
    ];

    /// <summary>A fault of the legacy Dfns API (contract <c>dfns-legacy</c>, served by <see cref="ReferenceApis.Main"/>).</summary>
    private static FaultDescriptor Legacy(string name, string operationId, string key, string description) =>
        new(name, Dfns, operationId, key, description) { Contract = "dfns-legacy" };

    /// <summary>A fault of the current Dfns API (contract <c>dfns</c>, served by <see cref="ReferenceApis.Current"/>).</summary>
    private static FaultDescriptor Current(string name, string operationId, string key, string description) =>
        new(name, Dfns, operationId, key, description) { Contract = "dfns", Api = ReferenceApis.Current };

    /// <summary>The fault with this name, or null.</summary>
    public static FaultDescriptor? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
