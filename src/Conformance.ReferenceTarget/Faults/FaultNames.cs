namespace Conformance.ReferenceTarget.Faults;

/// <summary>The fault names, as constants so the code that honours a fault cannot misspell it.</summary>
internal static class FaultNames
{
    public const string DfnsNonceReplayAccepted = "dfns-nonce-replay-accepted";
    public const string DfnsNonceReplayRace = "dfns-nonce-replay-race";
    public const string DfnsNonceStaleAccepted = "dfns-nonce-stale-accepted";
    public const string DfnsNonceMalformedCrash = "dfns-nonce-malformed-500";
    public const string DfnsNonceMissingAccepted = "dfns-nonce-missing-accepted";
    public const string DfnsNonceReplayApplied = "dfns-nonce-replay-applied";
    public const string DfnsNonceReplayWrongMessage = "dfns-nonce-replay-wrong-message";
    public const string DfnsNonceScopedPerOperation = "dfns-nonce-scoped-per-operation";
    public const string DfnsBearerMissingAccepted = "dfns-bearer-missing-accepted";
    public const string DfnsBearerInvalidAccepted = "dfns-bearer-invalid-accepted";
    public const string DfnsUserActionMissingAccepted = "dfns-user-action-missing-accepted";
    public const string DfnsUserActionMismatchAccepted = "dfns-user-action-mismatch-accepted";
    public const string DfnsUserActionReusable = "dfns-user-action-reusable";
    public const string DfnsUserActionForgedAccepted = "dfns-user-action-forged-accepted";
    public const string DfnsReactivateError = "dfns-reactivate-error";
    public const string DfnsReactivateToggles = "dfns-reactivate-toggles";
    public const string DfnsDeactivateNoop = "dfns-deactivate-noop";
    public const string DfnsActivateFlipsSibling = "dfns-activate-flips-sibling";
    public const string DfnsUsersReactivateError = "dfns-users-reactivate-error";
    public const string DfnsUsersDeactivateNoop = "dfns-users-deactivate-noop";
    public const string DfnsSchemaExtraPropertyAccepted = "dfns-schema-extra-property-accepted";
    public const string DfnsSchemaEmptyIdAccepted = "dfns-schema-empty-id-accepted";
    public const string DfnsSchemaMissingFieldCrash = "dfns-schema-missing-field-500";
    public const string DfnsFuzzPayloadCrash = "dfns-fuzz-payload-500";
    public const string DfnsSuccessWithoutMessage = "dfns-success-without-message";
    public const string DfnsSuccessTextPlain = "dfns-success-text-plain";
    public const string DfnsFlatErrorShape = "dfns-flat-error-shape";
    public const string DfnsSuccessStatus202 = "dfns-success-status-202";
    public const string DfnsUnknownCredentialOk = "dfns-unknown-credential-200";
    public const string DfnsGetOnPutPathCrash = "dfns-get-on-put-path-500";
    public const string DfnsPermissionNotEnforced = "dfns-permission-not-enforced";
    public const string DfnsUsersPermissionNotEnforced = "dfns-users-permission-not-enforced";

    public const string DfnsCurrentNonceRequired = "dfns-current-nonce-required";
    public const string DfnsCurrentAppIdRequired = "dfns-current-appid-required";
    public const string DfnsCurrentBearerMissingAccepted = "dfns-current-bearer-missing-accepted";
    public const string DfnsCurrentServiceAccountAccepted = "dfns-current-service-account-accepted";
    public const string DfnsCurrentUsersPermissionNotEnforced = "dfns-current-users-permission-not-enforced";
    public const string DfnsCurrentUserActionNotBound = "dfns-current-user-action-not-bound";
    public const string DfnsCurrentUserActionReusable = "dfns-current-user-action-reusable";
    public const string DfnsCurrentUserActionMissingAccepted = "dfns-current-user-action-missing-accepted";
    public const string DfnsCurrentUserAnswerIsMessage = "dfns-current-user-answer-is-message";
    public const string DfnsCurrentUserReadStale = "dfns-current-user-read-stale";
    public const string DfnsCurrentUnknownUserOk = "dfns-current-unknown-user-200";
    public const string DfnsCurrentReactivateError = "dfns-current-reactivate-error";
    public const string DfnsCurrentChallengeLegacyShape = "dfns-current-challenge-legacy-shape";
    public const string DfnsCurrentCredentialListPartial = "dfns-current-credential-list-partial";
    public const string DfnsCurrentUserActionForgedAccepted = "dfns-current-user-action-forged-accepted";

    public const string SenhaReenableOk = "senhasegura-reenable-200";
    public const string SenhaRedisableOk = "senhasegura-redisable-200";
    public const string SenhaEnvelopeCodeMismatch = "senhasegura-envelope-code-mismatch";
    public const string SenhaEnvelopeErroMismatch = "senhasegura-envelope-erro-mismatch";
    public const string SenhaNoPamPermissionAccepted = "senhasegura-no-pam-permission-accepted";
    public const string SenhaNoCredentialAccessAccepted = "senhasegura-no-credential-access-accepted";
    public const string SenhaTokenMissingAccepted = "senhasegura-token-missing-accepted";
    public const string SenhaTokenInvalidAccepted = "senhasegura-token-invalid-accepted";
    public const string SenhaUnknownIdOk = "senhasegura-unknown-id-200";
    public const string SenhaNotACredentialAccepted = "senhasegura-not-a-credential-accepted";
    public const string SenhaDisableNoop = "senhasegura-disable-noop";
}
