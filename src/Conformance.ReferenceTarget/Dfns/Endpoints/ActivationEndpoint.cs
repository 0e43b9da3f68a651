using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Dfns.UserAction;
using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Dfns.Endpoints;

/// <summary>
/// PUT /auth/credentials/{activate,deactivate} and PUT /auth/manage/users/{activate,deactivate}:
/// gate → body (400) → user action (403/400) → lookup (404) → effect (DECISIONS D15); under the
/// reading <see cref="Readings.DfnsBodyFirst"/> the body is checked right after the bearer token;
/// under <see cref="Readings.DfnsUserActionFirst"/> the user action before the body.
/// </summary>
internal sealed class ActivationEndpoint(
    DfnsGate gate, IdBodyParser bodies, UserActionService userActions, DfnsStateChanges changes, DfnsReplies replies, ActiveFaults faults, ActiveReadings readings)
{
    public async Task<IResult> HandleAsync(HttpContext http, DfnsOperation op, bool isCredential, bool activate)
    {
        var bodyFirst = readings.Has(Readings.DfnsBodyFirst) && gate.Authenticates(http, op);
        DfnsAdmission? admission = null;
        if (!bodyFirst)
        {
            admission = await gate.AdmitAsync(http, op);
            if (admission.Caller is null)
            {
                return admission.Rejection!;
            }
        }

        var body = await JsonBody.ReadStringAsync(http.Request);

        // D15-alt-b: the user action is verified before the body is parsed.
        var userActionFirst = !bodyFirst && readings.Has(Readings.DfnsUserActionFirst);
        if (userActionFirst && CheckUserAction(http, op, admission!, body) is { } early)
        {
            return early;
        }

        var idField = isCredential ? "credentialUuid" : "userId";
        switch (bodies.Parse(op, idField, http.Request.ContentType, body, out var id))
        {
            case IdBodyParser.Outcome.MissingField when faults.Applies(FaultNames.DfnsSchemaMissingFieldCrash, "dfns", op.Id):
                return replies.Crash(op);
            case IdBodyParser.Outcome.MissingField when readings.Has(Readings.DfnsMissingField404):
                // D14-alt-d: the missing id looked up as no id at all.
                return replies.Error(op, 404, isCredential ? DfnsMessages.CredentialNotFound : DfnsMessages.UserNotFound);
            case IdBodyParser.Outcome.MissingField or IdBodyParser.Outcome.Invalid:
                return replies.Error(op, 400, DfnsMessages.BodyInvalid);
        }

        admission ??= await gate.AdmitAsync(http, op);
        if (admission.Caller is null)
        {
            return admission.Rejection!;
        }

        if (!userActionFirst && CheckUserAction(http, op, admission, body) is { } refused)
        {
            return refused;
        }

        var result = isCredential ? changes.Credential(op, id, activate) : changes.User(op, id, activate);

        // Only under dfns-nonce-replay-applied: the replay was detected, the effect applied anyway.
        return admission.AnswerReplayAfterEffect ? replies.Error(op, 400, DfnsMessages.NonceUsed) : result;
    }

    private IResult? CheckUserAction(HttpContext http, DfnsOperation op, DfnsAdmission admission, string body)
    {
        var header = http.Request.Headers["X-DFNS-USERACTION"].ToString();
        return userActions.Check(header, admission.Caller!, op.Id, http.Request.Method, http.Request.Path.Value ?? "", body) switch
        {
            UserActionVerdict.MissingOrInvalid => replies.Error(op, 403, DfnsMessages.UserActionInvalid),
            UserActionVerdict.AlreadyUsed => replies.Error(op, 400, DfnsMessages.UserActionUsed),
            _ => null,
        };
    }
}
