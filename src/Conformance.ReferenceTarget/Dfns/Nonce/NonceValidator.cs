using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Dfns.Nonce;

/// <summary>
/// The X-DFNS-NONCE check: missing/malformed/stale → 400 "request nonce is missing or invalid",
/// reused → 400 "request nonce has already been used" (seed 004; DECISIONS D2–D5). A nonce is
/// consumed the moment it passes, whatever happens later in the request (D5).
/// </summary>
internal sealed class NonceValidator(TimeProvider time, TimeSpan window, NonceReplayStore store, ActiveFaults faults)
{
    public NonceReplayStore Store => store;

    public async ValueTask<NonceVerdict> CheckAsync(string? header, string operationId)
    {
        bool On(string fault) => faults.Applies(fault, "dfns", operationId);

        if (string.IsNullOrEmpty(header))
        {
            return On(FaultNames.DfnsNonceMissingAccepted) ? NonceVerdict.Accepted : NonceVerdict.Missing;
        }

        if (!NonceParser.TryParse(header, out var nonce))
        {
            return NonceVerdict.Malformed;
        }

        var now = time.GetUtcNow();
        if ((now - nonce.Time).Duration() > window && !On(FaultNames.DfnsNonceStaleAccepted))
        {
            return NonceVerdict.Stale;
        }

        // Past its own time + window the nonce is stale anyway, so the store may forget it then.
        var expiry = nonce.Time + window;

        // The fault keeps one replay store per operation, as a server does that scopes nonces to a path.
        var key = On(FaultNames.DfnsNonceScopedPerOperation) ? $"{operationId}\n{nonce.Random}" : nonce.Random;
        var fresh = On(FaultNames.DfnsNonceReplayRace)
            ? await store.TryConsumeWithRaceAsync(key, expiry, now)
            : store.TryConsume(key, expiry, now);
        if (fresh)
        {
            return NonceVerdict.Accepted;
        }

        return On(FaultNames.DfnsNonceReplayAccepted) ? NonceVerdict.Accepted : NonceVerdict.Replayed;
    }
}
