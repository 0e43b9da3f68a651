using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Dfns.UserAction;
using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Dfns.Current;

/// <summary>
/// PUT /auth/credentials/{activate,deactivate} of the current API: gate → body (400: required,
/// minLength 1, additionalProperties false) → user action (403/400) → lookup of the
/// credential (404) → effect, idempotent ("If the credential is already activated no action
/// is taken", seed 000) → 200 <c>{"message":"success"}</c>.
/// </summary>
internal sealed class CurrentCredentialEndpoint(
    CurrentGate gate, IdBodyParser bodies, UserActionService userActions, CurrentState state, DfnsReplies replies, ActiveFaults faults, ActiveReadings readings)
{
    public async Task<IResult> HandleAsync(HttpContext http, DfnsOperation op, bool activate)
    {
        bool On(string fault) => faults.Applies(fault, "dfns", op.Id);

        // C1-alt-b: the body is checked right after the bearer token, before who may call.
        var bodyFirst = readings.Has(Readings.CurrentBodyFirst) && gate.Authenticates(http, op);
        DfnsAdmission? admission = bodyFirst ? null : gate.Admit(http, op);
        if (admission is { Caller: null })
        {
            return admission.Rejection!;
        }

        var body = await JsonBody.ReadStringAsync(http.Request);
        if (bodies.Parse(op, "credentialUuid", http.Request.ContentType, body, out var credentialUuid) != IdBodyParser.Outcome.Valid)
        {
            return replies.Error(op, 400, DfnsMessages.BodyInvalid);
        }

        admission ??= gate.Admit(http, op);
        if (admission.Caller is not { } caller)
        {
            return admission.Rejection!;
        }

        var lenient = new UserActionLeniency(IgnoreBinding: On(FaultNames.DfnsCurrentUserActionNotBound));
        switch (userActions.Check(http.Request.Headers["X-DFNS-USERACTION"].ToString(), caller, op.Id, http.Request.Method, http.Request.Path.Value ?? "", body, lenient))
        {
            case UserActionVerdict.MissingOrInvalid:
                return replies.Error(op, UserActionRefusal(http, readings), DfnsMessages.UserActionInvalid);
            case UserActionVerdict.AlreadyUsed:
                return replies.Error(op, 400, DfnsMessages.UserActionUsed);
        }

        return state.Credential(op, credentialUuid, activate);
    }

    /// <summary>C5: 403; C5-alt answers a forged or mismatched token (one that is present) 401.</summary>
    internal static int UserActionRefusal(HttpContext http, ActiveReadings readings) =>
        readings.Has(Readings.CurrentUserAction401) && http.Request.Headers["X-DFNS-USERACTION"].ToString().Length > 0 ? 401 : 403;
}
