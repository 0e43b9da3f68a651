using Conformance.Auth;
using Conformance.Http;
using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>
/// Sends the engine's own valid requests (probes, prepares, restores). These must get through a
/// target that throttles or drops a connection now and then: an attempt (authorize, then send)
/// answered 429/503 or cut off by a connection reset is tried again through
/// <see cref="EngineRetry"/> (Retry-After honoured, bounded backoff), and so is one whose
/// user-action signing was throttled; the token fetch retries on its own. A restoration retries
/// a timed-out attempt too (a fixture left changed is the worst outcome). They must not fail
/// for a token the target dropped before its announced expiry either: after a 401 the cached
/// token is forgotten and the request is authorized and sent once more (RFC 6750 §3.1 invalid_token).
/// </summary>
internal static class ValidRequestSender
{
    /// <summary>Every exchange it took, the final one (null when none could be sent), and why not.</summary>
    public static async Task<(IReadOnlyList<Exchange> Exchanges, Exchange? Sent, string? SkipReason)> SendAsync(
        VendorSession session, ApiOperation operation, OutgoingRequest request, string label, CancellationToken cancellationToken)
    {
        var exchanges = new List<Exchange>();
        // A restoration (and the probes around it) also outlasts a stalled answer or two — unless the
        // run already found the target unresponsive: then each step is tried once, so a dark target
        // costs one timeout per step instead of minutes of backoff; what it cannot confirm is
        // reported UNCONFIRMED and kept in the journal for the next run to put back.
        var dark = session.Transport is WatchedTransport { TargetUnresponsive: true };
        var retry = EngineRetry.Create<Attempt>(a => a.Decisive, session.Time, restoring: label.Contains("restore", StringComparison.Ordinal) && !dark);
        Attempt attempt = new(null, null, null);
        for (var round = 0; round < 2; round++)
        {
            attempt = await retry.ExecuteAsync(async ct => await AttemptAsync(session, operation, request, label, exchanges, ct), cancellationToken);
            if (attempt.SkipReason is not null) return (exchanges, null, attempt.SkipReason);
            if (attempt.Sent is null) return (exchanges, null, null);
            if (!session.Authorizer.InvalidateOnUnauthorized(attempt.Sent, AuthPlan.Valid)) break;
        }

        return (exchanges, attempt.Sent, null);
    }

    private static async Task<Attempt> AttemptAsync(
        VendorSession session, ApiOperation operation, OutgoingRequest request, string label, List<Exchange> exchanges, CancellationToken cancellationToken)
    {
        var authorized = await session.Authorizer.AuthorizeAsync(operation, request, AuthPlan.Valid, cancellationToken);
        lock (exchanges) exchanges.AddRange(authorized.SetupExchanges);
        if (authorized.SkipReason is not null) return new Attempt(null, authorized.SkipReason, null);
        if (authorized.SetupFailure is not null)
        {
            // A throttled signing step is worth another attempt; a token fetch has already retried
            // its throttled answers (only its timeouts are left for a restoration to retry).
            var last = authorized.SetupExchanges.Count > 0 ? authorized.SetupExchanges[^1] : null;
            var retried = last?.Label == OAuthTokenClient.Label && last.Failure != TransportFailure.Timeout;
            return new Attempt(null, null, retried ? null : last);
        }

        var sent = (await session.Transport.SendAsync(authorized.Request, label, cancellationToken)).Recorded;
        lock (exchanges) exchanges.Add(sent);
        return new Attempt(sent, null, sent);
    }

    /// <summary>One try: the request sent (or null), a skip reason, and the exchange that decides whether to try again.</summary>
    private sealed record Attempt(Exchange? Sent, string? SkipReason, Exchange? Decisive);
}
