using Conformance.ReferenceTarget.Dfns.UserAction;
using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Dfns.Endpoints;

/// <summary>
/// PUT /auth/credentials/{activate,deactivate} and PUT /auth/manage/users/{activate,deactivate}:
/// gate → body (400) → user action (403/400) → lookup (404) → effect (DECISIONS D15).
/// </summary>
internal sealed class ActivationEndpoint(
    DfnsGate gate, IdBodyParser bodies, UserActionService userActions, DfnsStateChanges changes, DfnsReplies replies, ActiveFaults faults)
{
    public async Task<IResult> HandleAsync(HttpContext http, DfnsOperation op, bool isCredential, bool activate)
    {
        var admission = await gate.AdmitAsync(http, op);
        if (admission.Caller is null)
        {
            return admission.Rejection!;
        }

        var body = await JsonBody.ReadStringAsync(http.Request);
        var idField = isCredential ? "credentialUuid" : "userId";
        switch (bodies.Parse(op, idField, http.Request.ContentType, body, out var id))
        {
            case IdBodyParser.Outcome.MissingField when faults.Applies(FaultNames.DfnsSchemaMissingFieldCrash, "dfns", op.Id):
                return replies.Crash(op);
            case IdBodyParser.Outcome.MissingField or IdBodyParser.Outcome.Invalid:
                return replies.Error(op, 400, DfnsMessages.BodyInvalid);
        }

        var header = http.Request.Headers["X-DFNS-USERACTION"].ToString();
        switch (userActions.Check(header, admission.Caller, op.Id, http.Request.Method, http.Request.Path.Value ?? "", body))
        {
            case UserActionVerdict.MissingOrInvalid:
                return replies.Error(op, 403, DfnsMessages.UserActionInvalid);
            case UserActionVerdict.AlreadyUsed:
                return replies.Error(op, 400, DfnsMessages.UserActionUsed);
        }

        var result = isCredential ? changes.Credential(op, id, activate) : changes.User(op, id, activate);

        // Only under dfns-nonce-replay-applied: the replay was detected, the effect applied anyway.
        return admission.AnswerReplayAfterEffect ? replies.Error(op, 400, DfnsMessages.NonceUsed) : result;
    }
}
