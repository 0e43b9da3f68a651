using Conformance.Auth;
using Conformance.Http;
using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>
/// Sends the engine's own valid requests (probes, prepares, restores). These must not fail for
/// a token the target dropped before its announced expiry: after a 401 the cached token is
/// forgotten and the request is authorized and sent once more (RFC 6750 §3.1 invalid_token).
/// </summary>
internal static class ValidRequestSender
{
    /// <summary>Every exchange it took, the final one (null when none could be sent), and why not.</summary>
    public static async Task<(IReadOnlyList<Exchange> Exchanges, Exchange? Sent, string? SkipReason)> SendAsync(
        VendorSession session, ApiOperation operation, OutgoingRequest request, string label, CancellationToken cancellationToken)
    {
        var exchanges = new List<Exchange>();
        Exchange? sent = null;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var authorized = await session.Authorizer.AuthorizeAsync(operation, request, AuthPlan.Valid, cancellationToken);
            exchanges.AddRange(authorized.SetupExchanges);
            if (authorized.SkipReason is not null) return (exchanges, null, authorized.SkipReason);
            if (authorized.SetupFailure is not null) return (exchanges, null, null);
            sent = (await session.Transport.SendAsync(authorized.Request, label, cancellationToken)).Recorded;
            exchanges.Add(sent);
            if (!session.Authorizer.InvalidateOnUnauthorized(sent, AuthPlan.Valid)) break;
        }

        return (exchanges, sent, null);
    }
}
