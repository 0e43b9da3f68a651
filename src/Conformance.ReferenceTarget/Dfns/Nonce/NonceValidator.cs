using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Dfns.Nonce;

/// <summary>
/// The X-DFNS-NONCE check: missing/malformed/stale → 400 "request nonce is missing or invalid",
/// reused → 400 "request nonce has already been used" (seed 004; DECISIONS D2–D5). A nonce is
/// consumed the moment it passes, whatever happens later in the request (D5). The readings change
/// the window (D3-alt-a/b), the spellings read (D4-alt) and when a nonce counts as used (D5-alt).
/// </summary>
internal sealed class NonceValidator(TimeProvider time, TimeSpan window, NonceReplayStore store, ActiveFaults faults, ActiveReadings? readings = null)
{
    /// <summary>D3-alt-a: a window wider than the suite's 24-h stale stimulus.</summary>
    private static readonly TimeSpan WideWindow = TimeSpan.FromHours(48);

    private readonly ActiveReadings _readings = readings ?? ActiveReadings.None;

    public NonceReplayStore Store => store;

    private TimeSpan Window => _readings.Has(Readings.DfnsNonceWindowWide) ? WideWindow : window;

    /// <summary>The request's nonce; under D5-alt a nonce whose request is not answered 2xx is released again.</summary>
    public async ValueTask<NonceVerdict> CheckAsync(HttpContext http, string operationId)
    {
        var verdict = await CheckAsync(http.Request.Headers["X-DFNS-NONCE"].ToString(), operationId, out var consumed);
        if (consumed is { } key && _readings.Has(Readings.DfnsNonceConsumedOnSuccess))
        {
            http.Response.OnStarting(() =>
            {
                if (http.Response.StatusCode is < 200 or >= 300) store.Release(key);
                return Task.CompletedTask;
            });
        }

        return verdict;
    }

    public ValueTask<NonceVerdict> CheckAsync(string? header, string operationId) => CheckAsync(header, operationId, out _);

    private ValueTask<NonceVerdict> CheckAsync(string? header, string operationId, out string? consumed)
    {
        consumed = null;
        bool On(string fault) => faults.Applies(fault, "dfns", operationId);

        if (string.IsNullOrEmpty(header))
        {
            return Done(On(FaultNames.DfnsNonceMissingAccepted) ? NonceVerdict.Accepted : NonceVerdict.Missing);
        }

        if (!NonceParser.TryParse(header, Spellings(), out var nonce))
        {
            return Done(NonceVerdict.Malformed);
        }

        var now = time.GetUtcNow();
        var age = now - nonce.Time;
        var expired = _readings.Has(Readings.DfnsNonceFutureOk) ? age > Window : age.Duration() > Window;
        if (expired && !On(FaultNames.DfnsNonceStaleAccepted))
        {
            return Done(NonceVerdict.Stale);
        }

        // Past its own time + window the nonce is stale anyway, so the store may forget it then;
        // a future-dated nonce (D3-alt-b) is kept until then too.
        var expiry = nonce.Time + Window;

        // The fault keeps one replay store per operation, as a server does that scopes nonces to a path.
        var key = On(FaultNames.DfnsNonceScopedPerOperation) ? $"{operationId}\n{nonce.Random}" : nonce.Random;
        if (On(FaultNames.DfnsNonceReplayRace))
        {
            return RaceAsync(key, expiry, now, On);
        }

        if (store.TryConsume(key, expiry, now))
        {
            consumed = key;
            return Done(NonceVerdict.Accepted);
        }

        return Done(On(FaultNames.DfnsNonceReplayAccepted) ? NonceVerdict.Accepted : NonceVerdict.Replayed);
    }

    private async ValueTask<NonceVerdict> RaceAsync(string key, DateTimeOffset expiry, DateTimeOffset now, Func<string, bool> on) =>
        await store.TryConsumeWithRaceAsync(key, expiry, now) ? NonceVerdict.Accepted
        : on(FaultNames.DfnsNonceReplayAccepted) ? NonceVerdict.Accepted : NonceVerdict.Replayed;

    private static ValueTask<NonceVerdict> Done(NonceVerdict verdict) => ValueTask.FromResult(verdict);

    /// <summary>D4: every documented spelling, or under a D4-alt reading only one pair.</summary>
    private NonceSpellings Spellings() =>
        _readings.Has(Readings.DfnsNonceUuidDatetime) ? new NonceSpellings(["uuid"], ["datetime"])
        : _readings.Has(Readings.DfnsNonceNonceDatetime) ? new NonceSpellings(["nonce"], ["datetime"])
        : _readings.Has(Readings.DfnsNonceUuidDate) ? new NonceSpellings(["uuid"], ["date"])
        : NonceSpellings.Any;
}
