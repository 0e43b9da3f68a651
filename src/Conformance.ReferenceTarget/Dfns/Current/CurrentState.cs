using Conformance.ReferenceTarget.Dfns.Model;
using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Dfns.Current;

/// <summary>
/// The effects of the current API's activation operations. Credentials: idempotent (seed 000),
/// answer <c>{"message":"success"}</c>. Users: the answer is the User as it now is (the vendor's
/// OpenAPI: <c>$ref: '#/components/schemas/User'</c>); a user already in the state stays so
/// (decision C4). Only the named resource changes; an unknown id answers 404.
/// </summary>
internal sealed class CurrentState(DfnsWorld world, DfnsReplies replies, ActiveFaults faults)
{
    public IResult Credential(DfnsOperation op, string credentialUuid, bool activate)
    {
        bool On(string fault) => faults.Applies(fault, "dfns", op.Id);

        // Who may act on whose credential is not documented ("No permission required."): any
        // caller the gate admits may; the suite's fixtures are the privileged user's.
        var credential = world.Directory.FindCredential(credentialUuid);
        if (credential is null)
        {
            return replies.Error(op, 404, DfnsMessages.CredentialNotFound);
        }

        lock (world.Directory.Sync)
        {
            if (activate && credential.IsActive && On(FaultNames.DfnsCurrentReactivateError))
            {
                return replies.Error(op, 400, "Credential is already active");
            }

            credential.IsActive = activate;
        }

        return replies.Success(op);
    }

    public IResult User(DfnsOperation op, string userId, bool activate)
    {
        bool On(string fault) => faults.Applies(fault, "dfns", op.Id);

        var user = world.Directory.FindUser(userId);
        if (user is null)
        {
            return On(FaultNames.DfnsCurrentUnknownUserOk) ? replies.Success(op) : replies.Error(op, 404, DfnsMessages.UserNotFound);
        }

        if (On(FaultNames.DfnsCurrentUserAnswerIsMessage))
        {
            lock (world.Directory.Sync)
            {
                user.IsActive = activate;
            }

            return replies.Success(op);
        }

        lock (world.Directory.Sync)
        {
            var view = DfnsViews.User(user);
            if (On(FaultNames.DfnsCurrentUserReadStale))
            {
                // The answer says it is done; what the user read shows (the stored state) never changes.
                view["isActive"] = activate;
                return DfnsReplies.Json(200, view);
            }

            user.IsActive = activate;
            return DfnsReplies.Json(200, DfnsViews.User(user));
        }
    }
}
