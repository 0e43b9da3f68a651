using Conformance.ReferenceTarget.Dfns.Model;
using Conformance.ReferenceTarget.Dfns.Nonce;
using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Dfns;

/// <summary>
/// The checks every Dfns operation shares, in the order of DECISIONS D15: bearer (401) → app id
/// (401) → nonce (400) → permission (403). Body and user action follow in the operation itself.
/// </summary>
internal sealed class DfnsGate(DfnsWorld world, NonceValidator nonces, DfnsReplies replies, ActiveFaults faults)
{
    public async ValueTask<DfnsAdmission> AdmitAsync(HttpContext http, DfnsOperation op)
    {
        bool On(string fault) => faults.Applies(fault, "dfns", op.Id);

        var caller = Authenticate(http.Request, On);
        if (caller is null)
        {
            // D9: 401 {"error":{"message":"Not Authorized."}}; the curl samples' "Authoriztion" (D1) is just an unknown header.
            return Reject(replies.Error(op, 401, DfnsMessages.NotAuthorized));
        }

        if (http.Request.Headers["X-DFNS-APPID"].ToString() != world.Directory.AppId)
        {
            return Reject(replies.Error(op, 401, DfnsMessages.NotAuthorized));
        }

        var replayToApply = false;
        switch (await nonces.CheckAsync(http.Request.Headers["X-DFNS-NONCE"].ToString(), op.Id))
        {
            case NonceVerdict.Malformed when On(FaultNames.DfnsNonceMalformedCrash):
                return Reject(replies.Crash(op));
            case NonceVerdict.Missing or NonceVerdict.Malformed or NonceVerdict.Stale:
                return Reject(replies.Error(op, 400, DfnsMessages.NonceInvalid));
            case NonceVerdict.Replayed when On(FaultNames.DfnsNonceReplayApplied):
                replayToApply = true;
                break;
            case NonceVerdict.Replayed when On(FaultNames.DfnsNonceReplayWrongMessage):
                return Reject(replies.Error(op, 400, "nonce reused"));
            case NonceVerdict.Replayed:
                return Reject(replies.Error(op, 400, DfnsMessages.NonceUsed));
        }

        var permissionSkipped = On(FaultNames.DfnsPermissionNotEnforced) || On(FaultNames.DfnsUsersPermissionNotEnforced);
        if (op.Permission is not null && !caller.Permissions.Contains(op.Permission) && !permissionSkipped)
        {
            return Reject(replies.Error(op, 403, DfnsMessages.NotPermitted(caller.UserId, op.Permission)));
        }

        return new DfnsAdmission(caller, null, replayToApply);
    }

    private DfnsUser? Authenticate(HttpRequest request, Func<string, bool> on)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return on(FaultNames.DfnsBearerMissingAccepted) ? PrivilegedUser : null;
        }

        const string scheme = "Bearer ";
        var user = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            ? world.Directory.FindUserByToken(header[scheme.Length..].Trim())
            : null;
        return user ?? (on(FaultNames.DfnsBearerInvalidAccepted) ? PrivilegedUser : null);
    }

    private DfnsUser PrivilegedUser => world.Identity(DfnsWorldFactory.Privileged).User;

    private static DfnsAdmission Reject(IResult result) => new(null, result);
}
