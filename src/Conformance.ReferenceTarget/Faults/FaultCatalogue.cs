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
        new(FaultNames.DfnsNonceReplayAccepted, Dfns, CredActivate, "nonce/replay-rejected", "a reused X-DFNS-NONCE is accepted like a fresh one"),
        new(FaultNames.DfnsNonceReplayRace, Dfns, CredActivate, "nonce/concurrent-replay-one-accepted", "the replay check is check-then-insert with a yield in between, so concurrent reuses slip through"),
        new(FaultNames.DfnsNonceStaleAccepted, Dfns, CredActivate, "nonce/stale-rejected", "a nonce dated outside the validity window is accepted"),
        new(FaultNames.DfnsNonceMalformedCrash, Dfns, CredActivate, "nonce/malformed-rejected", "a nonce that is not base64url JSON answers 500 instead of 400"),
        new(FaultNames.DfnsNonceMissingAccepted, Dfns, CredActivate, "nonce/missing-rejected", "a request without X-DFNS-NONCE is accepted"),
        new(FaultNames.DfnsNonceReplayApplied, Dfns, CredActivate, "nonce/replay-no-effect", "a replayed request is answered 400 but its effect is still applied"),
        new(FaultNames.DfnsNonceScopedPerOperation, Dfns, CredActivate, "nonce/replay-rejected", "a nonce already used on another operation (another path or method) is accepted: the replay store is kept per operation"),
        new(FaultNames.DfnsNonceReplayWrongMessage, Dfns, CredActivate, "nonce/replay-rejected", "a reused nonce is refused with 400 but not with the documented message (breaks a SHOULD only)"),
        new(FaultNames.DfnsBearerMissingAccepted, Dfns, CredActivate, "auth/missing-rejected", "a request without Authorization runs as the privileged user"),
        new(FaultNames.DfnsBearerInvalidAccepted, Dfns, CredActivate, "auth/invalid-rejected", "an unknown bearer token runs as the privileged user"),
        new(FaultNames.DfnsUserActionMissingAccepted, Dfns, CredActivate, "user-action/missing-rejected", "a request without X-DFNS-USERACTION is accepted"),
        new(FaultNames.DfnsUserActionMismatchAccepted, Dfns, CredActivate, "user-action/mismatch-rejected", "a user action token issued for another method, path or payload is accepted"),
        new(FaultNames.DfnsUserActionReusable, Dfns, CredActivate, "user-action/reused-rejected", "a user action token can be used more than once"),
        new(FaultNames.DfnsUserActionForgedAccepted, Dfns, CredActivate, "user-action/forged-rejected", "any non-empty X-DFNS-USERACTION value is accepted"),
        new(FaultNames.DfnsReactivateError, Dfns, CredActivate, "idempotent/repeat", "activating an already active credential answers 400 instead of a 200 no-op"),
        new(FaultNames.DfnsReactivateToggles, Dfns, CredActivate, "idempotent/repeat", "activating an already active credential deactivates it"),
        new(FaultNames.DfnsDeactivateNoop, Dfns, CredDeactivate, "state/transition", "deactivate answers 200 but the credential stays active"),
        new(FaultNames.DfnsActivateFlipsSibling, Dfns, CredActivate, "state/others-unchanged", "activate also flips another fixture credential of the same user"),
        new(FaultNames.DfnsUsersReactivateError, Dfns, "users.activate", "idempotent/repeat", "activating an already active user answers 400 instead of a 200 no-op"),
        new(FaultNames.DfnsUsersDeactivateNoop, Dfns, "users.deactivate", "state/transition", "user deactivate answers 200 but the user stays active"),
        new(FaultNames.DfnsSchemaExtraPropertyAccepted, Dfns, CredActivate, "schema/invalid-rejected", "a body with an extra property is accepted"),
        new(FaultNames.DfnsSchemaEmptyIdAccepted, Dfns, CredActivate, "schema/invalid-rejected", "an empty credentialUuid is accepted (200, nothing changes)"),
        new(FaultNames.DfnsSchemaMissingFieldCrash, Dfns, CredDeactivate, "schema/invalid-rejected", "a body without credentialUuid answers 500 instead of 400"),
        new(FaultNames.DfnsSuccessWithoutMessage, Dfns, CredActivate, "response/schema-valid", "the 200 body lacks the required message property"),
        new(FaultNames.DfnsSuccessTextPlain, Dfns, CredActivate, "response/content-type", "the 200 body is sent as text/plain"),
        new(FaultNames.DfnsFlatErrorShape, Dfns, CredActivate, "response/error-shape", "errors are {\"message\":...} instead of {\"error\":{\"message\":...}}"),
        new(FaultNames.DfnsSuccessStatus202, Dfns, CredActivate, "response/status-documented", "success answers the undocumented status 202"),
        new(FaultNames.DfnsUnknownCredentialOk, Dfns, CredActivate, "unknown-id/rejected", "an unknown credentialUuid answers 200"),
        new(FaultNames.DfnsGetOnPutPathCrash, Dfns, CredActivate, "method/undocumented-rejected", "GET on the activate path answers 500 instead of 405"),
        new(FaultNames.DfnsPermissionNotEnforced, Dfns, CredActivate, "permission/denied", "a caller without Auth:Creds:Update may activate credentials"),
        new(FaultNames.DfnsUsersPermissionNotEnforced, Dfns, "users.deactivate", "permission/denied", "a caller without Auth:Users:Update may deactivate users"),

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

    /// <summary>The fault with this name, or null.</summary>
    public static FaultDescriptor? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
