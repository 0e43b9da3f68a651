using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Dfns.Model;
using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Dfns.Current;

/// <summary>
/// The checks every operation of the current API shares: the bearer token (401, "Your
/// `Authorization` header is missing, malformed, or the token is invalid/expired"), then who may
/// call (403: a service account on the credential endpoints, a missing permission). There is no
/// X-DFNS-APPID and no X-DFNS-NONCE: a request carrying either is not refused for it.
/// </summary>
internal sealed class CurrentGate(DfnsWorld world, DfnsReplies replies, ActiveFaults faults, ActiveReadings readings)
{
    /// <summary>True when the request carries a bearer token this API knows (the first check of every order).</summary>
    public bool Authenticates(HttpContext http, DfnsOperation op) => Authenticate(http.Request, faults.Applies(FaultNames.DfnsCurrentBearerMissingAccepted, "dfns", op.Id)) is not null;

    public DfnsAdmission Admit(HttpContext http, DfnsOperation op)
    {
        bool On(string fault) => faults.Applies(fault, "dfns", op.Id);

        var caller = Authenticate(http.Request, On(FaultNames.DfnsCurrentBearerMissingAccepted));
        if (caller is null)
        {
            return Reject(replies.Error(op, 401, DfnsMessages.NotAuthorized));
        }

        // The legacy requirements, leaking into the current API: what the current contract catches.
        if (On(FaultNames.DfnsCurrentAppIdRequired) && http.Request.Headers["X-DFNS-APPID"].Count == 0)
        {
            return Reject(replies.Error(op, 401, DfnsMessages.NotAuthorized));
        }

        if (On(FaultNames.DfnsCurrentNonceRequired) && http.Request.Headers["X-DFNS-NONCE"].Count == 0)
        {
            return Reject(replies.Error(op, 400, DfnsMessages.NonceInvalid));
        }

        if (caller.IsServiceAccount && CurrentOperations.RefusesServiceAccounts(op) && !On(FaultNames.DfnsCurrentServiceAccountAccepted))
        {
            // C2-alt: refused as unauthenticated rather than forbidden.
            return Reject(replies.Error(op, readings.Has(Readings.CurrentServiceAccount401) ? 401 : 403, DfnsMessages.NotPermitted(caller.UserId, op.Path)));
        }

        if (op.Permission is not null && !caller.Permissions.Contains(op.Permission) && !On(FaultNames.DfnsCurrentUsersPermissionNotEnforced))
        {
            return Reject(replies.Error(op, 403, DfnsMessages.NotPermitted(caller.UserId, op.Permission)));
        }

        return new DfnsAdmission(caller, null);
    }

    private DfnsUser? Authenticate(HttpRequest request, bool missingAccepted)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return missingAccepted ? world.Identity(DfnsWorldFactory.Privileged).User : null;
        }

        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            ? world.Directory.FindUserByToken(header[scheme.Length..].Trim())
            : null;
    }

    private static DfnsAdmission Reject(IResult result) => new(null, result);
}
