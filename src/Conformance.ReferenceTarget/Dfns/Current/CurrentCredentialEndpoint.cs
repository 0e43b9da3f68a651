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
        var lenient = new UserActionLeniency(IgnoreBinding: On(FaultNames.DfnsCurrentUserActionNotBound));

        // C1-alt-c: the user action is verified before the body is parsed.
        var userActionFirst = !bodyFirst && readings.Has(Readings.CurrentUserActionFirst);
        if (userActionFirst && CheckUserAction(http, op, admission!.Caller!, body, lenient) is { } early)
        {
            return early;
        }

        if (bodies.Parse(op, "credentialUuid", http.Request.ContentType, body, out var credentialUuid) != IdBodyParser.Outcome.Valid)
        {
            return replies.Error(op, 400, DfnsMessages.BodyInvalid);
        }

        admission ??= gate.Admit(http, op);
        if (admission.Caller is not { } caller)
        {
            return admission.Rejection!;
        }

        if (!userActionFirst && CheckUserAction(http, op, caller, body, lenient) is { } refused)
        {
            return refused;
        }

        return state.Credential(op, credentialUuid, activate);
    }

    private IResult? CheckUserAction(HttpContext http, DfnsOperation op, Model.DfnsUser caller, string body, UserActionLeniency lenient) =>
        userActions.Check(http.Request.Headers["X-DFNS-USERACTION"].ToString(), caller, op.Id, http.Request.Method, http.Request.Path.Value ?? "", body, lenient) switch
        {
            UserActionVerdict.MissingOrInvalid => replies.Error(op, UserActionRefusal(http, readings), DfnsMessages.UserActionInvalid),
            UserActionVerdict.AlreadyUsed => replies.Error(op, 400, DfnsMessages.UserActionUsed),
            _ => null,
        };

    /// <summary>C5: 403; C5-alt answers a forged or mismatched token (one that is present) 401.</summary>
    internal static int UserActionRefusal(HttpContext http, ActiveReadings readings) =>
        readings.Has(Readings.CurrentUserAction401) && http.Request.Headers["X-DFNS-USERACTION"].ToString().Length > 0 ? 401 : 403;
}
