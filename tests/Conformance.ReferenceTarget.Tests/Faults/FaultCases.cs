using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Faults;

/// <summary>Every fault of the catalogue with its stimulus and the operation it is scoped to.</summary>
internal static class FaultCases
{
    // Declared before All: static initializers run in textual order and All fills this map.
    private static readonly Dictionary<string, string> OperationIds = [];

    public static IReadOnlyList<FaultCase> All { get; } =
    [
        Dfns("dfns-nonce-replay-accepted", DfnsStimuli.ReplayedNonce, DfnsOp.CredActivate),
        Dfns("dfns-nonce-replay-race", DfnsStimuli.ConcurrentReplay, DfnsOp.CredActivate),
        Dfns("dfns-nonce-stale-accepted", DfnsStimuli.StaleNonce, DfnsOp.CredActivate),
        Dfns("dfns-nonce-malformed-500", DfnsStimuli.MalformedNonce, DfnsOp.CredActivate),
        Dfns("dfns-nonce-missing-accepted", DfnsStimuli.MissingNonce, DfnsOp.CredActivate),
        Dfns("dfns-nonce-replay-applied", DfnsStimuli.ReplayHasNoEffect, DfnsOp.CredActivate),
        Dfns("dfns-nonce-replay-wrong-message", DfnsStimuli.ReplayedNonceMessage, DfnsOp.CredActivate),
        Dfns("dfns-nonce-scoped-per-operation", DfnsStimuli.NonceFromAnotherOperation, DfnsOp.CredActivate),
        Dfns("dfns-bearer-missing-accepted", DfnsStimuli.MissingBearer, DfnsOp.CredActivate),
        Dfns("dfns-bearer-invalid-accepted", DfnsStimuli.InvalidBearer, DfnsOp.CredActivate),
        Dfns("dfns-user-action-missing-accepted", DfnsStimuli.MissingUserAction, DfnsOp.CredActivate),
        Dfns("dfns-user-action-mismatch-accepted", DfnsStimuli.MismatchedUserAction, DfnsOp.CredActivate),
        Dfns("dfns-user-action-reusable", DfnsStimuli.ReusedUserAction, DfnsOp.CredActivate),
        Dfns("dfns-user-action-forged-accepted", DfnsStimuli.ForgedUserAction, DfnsOp.CredActivate),
        Dfns("dfns-reactivate-error", DfnsStimuli.RepeatAnswersError, DfnsOp.CredActivate),
        Dfns("dfns-reactivate-toggles", DfnsStimuli.RepeatChangesState, DfnsOp.CredActivate),
        Dfns("dfns-deactivate-noop", DfnsStimuli.TransitionIsVisible, DfnsOp.CredDeactivate),
        Dfns("dfns-activate-flips-sibling", DfnsStimuli.OthersUnchanged, DfnsOp.CredActivate),
        Dfns("dfns-users-reactivate-error", DfnsStimuli.RepeatAnswersError, DfnsOp.UsersActivate),
        Dfns("dfns-users-deactivate-noop", DfnsStimuli.TransitionIsVisible, DfnsOp.UsersDeactivate),
        Dfns("dfns-schema-extra-property-accepted", DfnsStimuli.ExtraProperty, DfnsOp.CredActivate),
        Dfns("dfns-schema-empty-id-accepted", DfnsStimuli.EmptyId, DfnsOp.CredActivate),
        Dfns("dfns-schema-missing-field-500", DfnsStimuli.MissingField, DfnsOp.CredDeactivate),
        Init("dfns-fuzz-payload-500", DfnsStimuli.NonAsciiPayload),
        Dfns("dfns-success-without-message", DfnsStimuli.SuccessHasMessage, DfnsOp.CredActivate),
        Dfns("dfns-success-text-plain", DfnsStimuli.SuccessContentType, DfnsOp.CredActivate),
        Dfns("dfns-flat-error-shape", DfnsStimuli.ErrorShape, DfnsOp.CredActivate),
        Dfns("dfns-success-status-202", DfnsStimuli.SuccessStatus, DfnsOp.CredActivate),
        Dfns("dfns-unknown-credential-200", DfnsStimuli.UnknownId, DfnsOp.CredActivate),
        Dfns("dfns-get-on-put-path-500", DfnsStimuli.GetOnThePath, DfnsOp.CredActivate),
        Dfns("dfns-permission-not-enforced", DfnsStimuli.PermissionDenied, DfnsOp.CredActivate),
        Dfns("dfns-users-permission-not-enforced", DfnsStimuli.PermissionDenied, DfnsOp.UsersDeactivate),

        Current("dfns-current-nonce-required", CurrentStimuli.WithoutNonce, CurrentOp.CredActivate),
        Current("dfns-current-appid-required", CurrentStimuli.WithoutAppId, CurrentOp.UsersActivate),
        Current("dfns-current-bearer-missing-accepted", CurrentStimuli.MissingBearer, CurrentOp.CredDeactivate),
        Current("dfns-current-service-account-accepted", CurrentStimuli.AsServiceAccount, CurrentOp.CredActivate),
        Current("dfns-current-users-permission-not-enforced", CurrentStimuli.AsUnprivileged, CurrentOp.UsersActivate),
        Current("dfns-current-user-action-not-bound", CurrentStimuli.TokenForAnotherRequest, CurrentOp.CredActivate),
        Current("dfns-current-user-action-forged-accepted", CurrentStimuli.ForgedToken, CurrentOp.UsersDeactivate),
        Current("dfns-current-user-action-reusable", CurrentStimuli.ReusedToken, CurrentOp.UsersDeactivate),
        Current("dfns-current-user-action-missing-accepted", CurrentStimuli.MissingToken, CurrentOp.UsersActivate),
        Current("dfns-current-user-answer-is-message", CurrentStimuli.AnswerShape, CurrentOp.UsersActivate),
        Current("dfns-current-user-read-stale", CurrentStimuli.TransitionIsRead, CurrentOp.UsersActivate),
        Current("dfns-current-unknown-user-200", CurrentStimuli.UnknownId, CurrentOp.UsersDeactivate),
        Current("dfns-current-reactivate-error", CurrentStimuli.Repeat, CurrentOp.CredActivate),
        CurrentRead("dfns-current-challenge-legacy-shape", CurrentStimuli.ChallengeShape, "auth.action.init"),
        CurrentRead("dfns-current-credential-list-partial", CurrentStimuli.CredentialListShape, "credentials.list"),

        Senha("senhasegura-reenable-200", SenhaStimuli.Repeat, SenhaOp.Enable),
        Senha("senhasegura-redisable-200", SenhaStimuli.Repeat, SenhaOp.Disable),
        Senha("senhasegura-envelope-code-mismatch", SenhaStimuli.CodeEqualsStatus, SenhaOp.Enable),
        Senha("senhasegura-envelope-erro-mismatch", SenhaStimuli.ErroEqualsError, SenhaOp.Disable),
        Senha("senhasegura-no-pam-permission-accepted", SenhaStimuli.NoPamPermission, SenhaOp.Enable),
        Senha("senhasegura-no-credential-access-accepted", SenhaStimuli.NoCredentialAccess, SenhaOp.Enable),
        Senha("senhasegura-token-missing-accepted", SenhaStimuli.MissingToken, SenhaOp.Enable),
        Senha("senhasegura-token-invalid-accepted", SenhaStimuli.InvalidToken, SenhaOp.Enable),
        Senha("senhasegura-unknown-id-200", SenhaStimuli.UnknownId, SenhaOp.Enable),
        Senha("senhasegura-not-a-credential-accepted", SenhaStimuli.NotACredential, SenhaOp.Enable),
        Senha("senhasegura-disable-noop", SenhaStimuli.TransitionIsVisible, SenhaOp.Disable),
    ];

    /// <summary>The operation id each case stimulates, to check against the catalogue's scoping.</summary>
    public static IReadOnlyDictionary<string, string> Operations => OperationIds;

    private static FaultCase Dfns(string fault, Func<TestTarget, DfnsOp, bool, Task> stimulus, DfnsOp op)
    {
        OperationIds[fault] = op == DfnsOp.CredActivate ? "credentials.activate"
            : op == DfnsOp.CredDeactivate ? "credentials.deactivate"
            : op == DfnsOp.UsersActivate ? "users.activate"
            : "users.deactivate";
        return new FaultCase(fault, (t, faulty) => stimulus(t, op, faulty), t => stimulus(t, op.Sibling, false));
    }

    /// <summary>A fault of the legacy signing step for one input shape: the control is the same step with an ASCII payload.</summary>
    private static FaultCase Init(string fault, Func<TestTarget, string, bool, Task> stimulus)
    {
        OperationIds[fault] = "auth.action.init";
        return new FaultCase(fault, (t, faulty) => stimulus(t, "é", faulty), t => stimulus(t, "e", false));
    }

    private static FaultCase Current(string fault, Func<TestTarget, CurrentOp, bool, Task> stimulus, CurrentOp op)
    {
        OperationIds[fault] = op.Id;
        return new FaultCase(fault, (t, faulty) => stimulus(t, op, faulty), t => stimulus(t, op.Sibling, false));
    }

    /// <summary>A fault of a current-API read or signing step: the control is the user read and answer, untouched.</summary>
    private static FaultCase CurrentRead(string fault, Func<TestTarget, bool, Task> stimulus, string operationId)
    {
        OperationIds[fault] = operationId;
        return new FaultCase(fault, stimulus, CurrentStimuli.UserReadControl);
    }

    private static FaultCase Senha(string fault, Func<TestTarget, SenhaOp, bool, Task> stimulus, SenhaOp op)
    {
        OperationIds[fault] = op == SenhaOp.Enable ? "credentials.enable" : "credentials.disable";
        return new FaultCase(fault, (t, faulty) => stimulus(t, op, faulty), t => stimulus(t, op.Sibling, false));
    }
}
