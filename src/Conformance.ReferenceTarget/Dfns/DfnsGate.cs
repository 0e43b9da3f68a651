using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Dfns.Model;
using Conformance.ReferenceTarget.Dfns.Nonce;
using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Dfns;

/// <summary>
/// The checks every Dfns operation shares, in the order of DECISIONS D15: bearer (401) → app id
/// (401) → nonce (400) → permission (403). Body and user action follow in the operation itself.
/// Under the reading <see cref="Readings.DfnsBodyFirst"/> (D15-alt) the permission comes before
/// the app id and the nonce, and the operation checks its body before calling the gate.
/// </summary>
internal sealed class DfnsGate(DfnsWorld world, NonceValidator nonces, DfnsReplies replies, ActiveFaults faults, ActiveReadings readings)
{
    /// <summary>True when the request carries a bearer token this target knows (the first check of every order).</summary>
    public bool Authenticates(HttpContext http, DfnsOperation op) => Authenticate(http.Request, f => faults.Applies(f, "dfns", op.Id)) is not null;

    public async ValueTask<DfnsAdmission> AdmitAsync(HttpContext http, DfnsOperation op)
    {
        bool On(string fault) => faults.Applies(fault, "dfns", op.Id);

        var caller = Authenticate(http.Request, On);
        if (caller is null)
        {
            // D9: 401 {"error":{"message":"Not Authorized."}}; the curl samples' "Authoriztion" (D1) is just an unknown header.
            return Reject(replies.Error(op, 401, DfnsMessages.NotAuthorized));
        }

        var permissionFirst = readings.Has(Readings.DfnsBodyFirst);
        if (permissionFirst && Forbidden(op, caller, On) is { } early)
        {
            return Reject(early);
        }

        var appId = http.Request.Headers["X-DFNS-APPID"].ToString();
        if (appId.Length == 0)
        {
            // D8-alt-a: a missing required header answered as a bad request.
            return Reject(replies.Error(op, readings.Has(Readings.DfnsAppIdMissing400) ? 400 : 401, DfnsMessages.NotAuthorized));
        }

        if (appId != world.Directory.AppId && !readings.Has(Readings.DfnsAppIdUnchecked))
        {
            return Reject(replies.Error(op, 401, DfnsMessages.NotAuthorized));
        }

        var replayToApply = false;
        switch (await nonces.CheckAsync(http, op.Id))
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

        if (!permissionFirst && Forbidden(op, caller, On) is { } forbidden)
        {
            return Reject(forbidden);
        }

        return new DfnsAdmission(caller, null, replayToApply);
    }

    private IResult? Forbidden(DfnsOperation op, DfnsUser caller, Func<string, bool> on)
    {
        // D11-alt-b: the legacy user pages say "TODO" for the permission; a server may ask none.
        var permissionSkipped = on(FaultNames.DfnsPermissionNotEnforced) || on(FaultNames.DfnsUsersPermissionNotEnforced)
            || (readings.Has(Readings.DfnsUsersNoPermission) && op.Id.StartsWith("users.", StringComparison.Ordinal));
        return op.Permission is not null && !caller.Permissions.Contains(op.Permission) && !permissionSkipped
            ? replies.Error(op, 403, DfnsMessages.NotPermitted(caller.UserId, op.Permission))
            : null;
    }

    private DfnsUser? Authenticate(HttpRequest request, Func<string, bool> on)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.Length == 0 && readings.Has(Readings.DfnsAuthoriztionHeader))
        {
            // D1-alt: the curl samples' spelling.
            header = request.Headers["Authoriztion"].ToString();
        }

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
