using System.Text.Json.Nodes;
using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Dfns.Model;
using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Dfns.Current;

/// <summary>
/// The reads of the current API: GET /auth/credentials ("List all credentials for a user.": the
/// caller's own, every property the Credential schema requires) and GET /auth/users/{userId}
/// (<c>Auth:Users:Read</c>; the User with its 11 required properties).
/// </summary>
internal sealed class CurrentProbeEndpoints(CurrentGate gate, DfnsDirectory directory, DfnsReplies replies, ActiveFaults faults, ActiveReadings readings)
{
    public IResult ListCredentials(HttpContext http)
    {
        var op = CurrentOperations.CredentialsList;
        var admission = gate.Admit(http, op);
        if (admission.Caller is not { } caller)
        {
            return admission.Rejection!;
        }

        var partial = faults.Applies(FaultNames.DfnsCurrentCredentialListPartial, "dfns", op.Id);
        var items = new JsonArray();
        lock (directory.Sync)
        {
            foreach (var credential in directory.CredentialsOf(caller.UserId))
            {
                var item = DfnsViews.Credential(credential);
                if (partial)
                {
                    item.Remove("publicKey");
                    item.Remove("relyingPartyId");
                    item.Remove("origin");
                }

                items.Add(item);
            }
        }

        return DfnsReplies.Json(200, new JsonObject { ["items"] = items });
    }

    public IResult GetUser(HttpContext http, string userId)
    {
        var op = CurrentOperations.UsersGet;
        var admission = gate.Admit(http, op);
        if (admission.Caller is null)
        {
            return admission.Rejection!;
        }

        var user = directory.FindUser(userId);
        if (user is null)
        {
            return replies.Error(op, 404, DfnsMessages.UserNotFound);
        }

        lock (directory.Sync)
        {
            return DfnsReplies.Json(200, DfnsViews.User(user, CurrentState.Kind(readings)));
        }
    }
}
