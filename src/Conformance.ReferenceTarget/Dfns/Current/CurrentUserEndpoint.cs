using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Dfns.UserAction;
using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Dfns.Current;

/// <summary>
/// PUT /auth/users/{userId}/{activate,deactivate} of the current API: no body (the vendor's
/// OpenAPI defines none; the SDKs send none or <c>{}</c>, so a body is not refused), the user id
/// in the path; gate (401/403 without <c>Auth:Users:Activate</c> / <c>Deactivate</c>) → user
/// action bound to method, path and payload (<c>""</c> or <c>"{}"</c>) → lookup (404) → effect →
/// 200 with the User.
/// </summary>
internal sealed class CurrentUserEndpoint(CurrentGate gate, UserActionService userActions, CurrentState state, DfnsReplies replies, ActiveFaults faults, ActiveReadings readings)
{
    public async Task<IResult> HandleAsync(HttpContext http, DfnsOperation op, string userId, bool activate)
    {
        bool On(string fault) => faults.Applies(fault, "dfns", op.Id);

        var admission = gate.Admit(http, op);
        if (admission.Caller is not { } caller)
        {
            return admission.Rejection!;
        }

        var body = await JsonBody.ReadStringAsync(http.Request);
        var lenient = new UserActionLeniency(
            AcceptMissing: On(FaultNames.DfnsCurrentUserActionMissingAccepted),
            AcceptForged: On(FaultNames.DfnsCurrentUserActionForgedAccepted),
            Reusable: On(FaultNames.DfnsCurrentUserActionReusable));
        switch (userActions.Check(http.Request.Headers["X-DFNS-USERACTION"].ToString(), caller, op.Id, http.Request.Method, http.Request.Path.Value ?? "", body, lenient))
        {
            case UserActionVerdict.MissingOrInvalid:
                return replies.Error(op, CurrentCredentialEndpoint.UserActionRefusal(http, readings), DfnsMessages.UserActionInvalid);
            case UserActionVerdict.AlreadyUsed:
                return replies.Error(op, 400, DfnsMessages.UserActionUsed);
        }

        return state.User(op, userId, activate);
    }
}
