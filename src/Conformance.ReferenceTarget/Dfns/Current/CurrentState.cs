using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Dfns.Model;
using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Dfns.Current;

/// <summary>
/// The effects of the current API's activation operations. Credentials: idempotent (seed 000),
/// answer <c>{"message":"success"}</c>. Users: the answer is the User as it now is (the vendor's
/// OpenAPI: <c>$ref: '#/components/schemas/User'</c>); a user already in the state stays so
/// (decision C4). Only the named resource changes; an unknown id answers 404.
/// </summary>
internal sealed class CurrentState(DfnsWorld world, DfnsReplies replies, ActiveFaults faults, ActiveReadings readings)
{
    /// <summary>C6-alt: users answer kind AccountUser.</summary>
    internal static string? Kind(ActiveReadings readings) => readings.Has(Readings.CurrentKindAccountUser) ? "AccountUser" : null;

    public IResult Credential(DfnsOperation op, string credentialUuid, bool activate)
    {
        bool On(string fault) => faults.Applies(fault, "dfns", op.Id);

        // Who may act on whose credential is not documented ("No permission required."): any
        // caller the gate admits may; the suite's fixtures are the privileged user's.
        var credential = world.Directory.FindCredential(credentialUuid);
        if (credential is null)
        {
            // C3-alt-b: "no action is taken" read as covering an id that names nothing.
            if (readings.Has(Readings.CurrentUnknownCredential200)) return replies.Success(op);

            // C3-alt: an unknown id answered as a bad request.
            return replies.Error(op, readings.Has(Readings.CurrentUnknownCredential400) ? 400 : 404, DfnsMessages.CredentialNotFound);
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
            var view = DfnsViews.User(user, Kind(readings));
            if (On(FaultNames.DfnsCurrentUserReadStale))
            {
                // The answer says it is done; what the user read shows (the stored state) never changes.
                view["isActive"] = activate;
                return DfnsReplies.Json(200, view);
            }

            if (user.IsActive == activate && readings.Has(Readings.CurrentUserRepeat400))
            {
                // C4-alt: a user already in the state is an error, nothing changes.
                return replies.Error(op, 400, activate ? "User is already active" : "User is already inactive");
            }

            user.IsActive = activate;
            return DfnsReplies.Json(200, DfnsViews.User(user, Kind(readings)));
        }
    }
}
