using System.Text.Json.Nodes;
using Conformance.ReferenceTarget.Dfns.Model;

namespace Conformance.ReferenceTarget.Dfns.Endpoints;

/// <summary>The state probes: GET /auth/credentials (the caller's own credentials) and GET /auth/users/{userId}.</summary>
internal sealed class ProbeEndpoints(DfnsGate gate, DfnsDirectory directory, DfnsReplies replies)
{
    public async Task<IResult> ListCredentialsAsync(HttpContext http)
    {
        var admission = await gate.AdmitAsync(http, DfnsOperations.CredentialsList);
        if (admission.Caller is null)
        {
            return admission.Rejection!;
        }

        var items = new JsonArray();
        lock (directory.Sync)
        {
            foreach (var credential in directory.CredentialsOf(admission.Caller.UserId))
            {
                items.Add(DfnsViews.Credential(credential));
            }
        }

        return DfnsReplies.Json(200, new JsonObject { ["items"] = items });
    }

    public async Task<IResult> GetUserAsync(HttpContext http, string userId)
    {
        var op = DfnsOperations.UsersGet;
        var admission = await gate.AdmitAsync(http, op);
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
            return DfnsReplies.Json(200, DfnsViews.User(user));
        }
    }
}
