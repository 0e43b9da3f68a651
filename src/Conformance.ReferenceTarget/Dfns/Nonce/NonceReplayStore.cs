using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Conformance.ReferenceTarget.Dfns.Nonce;

/// <summary>
/// Remembers consumed nonces until they could no longer pass the window check anyway.
/// Atomic: <see cref="TryConsume"/> is one <c>TryAdd</c>, so of N concurrent requests sharing a
/// nonce exactly one wins. Bounded: every insert evicts a few expired entries from the head of an
/// insertion-ordered queue; an entry's expiry is at most two windows after its insertion (the
/// nonce may be dated up to one window ahead), so nothing older than that survives.
/// Entries are keyed by 128 bits of SHA-256 of the random value rather than the string itself:
/// a third of the memory per entry, and a collision (a false "already used") is 2^-128 unlikely.
/// </summary>
internal sealed class NonceReplayStore
{
    private const int EvictionsPerInsert = 4;

    private readonly ConcurrentDictionary<UInt128, long> _expiries = new();
    private readonly ConcurrentQueue<(UInt128 Key, long Expiry)> _order = new();

    public int Count => _expiries.Count;

    /// <summary>True if this is the first use of <paramref name="key"/> (until <paramref name="expiry"/>).</summary>
    public bool TryConsume(string key, DateTimeOffset expiry, DateTimeOffset now)
    {
        EvictExpired(now);
        var ticks = expiry.UtcTicks;
        var hash = Hash(key);
        if (_expiries.TryAdd(hash, ticks))
        {
            _order.Enqueue((hash, ticks));
            return true;
        }

        return false;
    }

    /// <summary>
    /// The deliberate bug behind the fault dfns-nonce-replay-race: check, then insert after a
    /// round trip, as a server does that asks its store "seen?" and then writes "seen". Requests
    /// in flight together all pass the check before any inserts.
    /// </summary>
    private static readonly TimeSpan StoreRoundTrip = TimeSpan.FromMilliseconds(250);

    public async ValueTask<bool> TryConsumeWithRaceAsync(string key, DateTimeOffset expiry, DateTimeOffset now)
    {
        EvictExpired(now);
        var hash = Hash(key);
        if (_expiries.ContainsKey(hash))
        {
            return false;
        }

        // Real time, not the injected clock: this stands for the store's latency, and a fake
        // clock in a test would never let it end. A bare yield was too short for requests that
        // arrive over separate connections to overlap reliably, and 20 ms was too short on a
        // loaded machine (a CI runner shared with other jobs): a slow store is the point.
        await Task.Delay(StoreRoundTrip);
        _expiries[hash] = expiry.UtcTicks;
        _order.Enqueue((hash, expiry.UtcTicks));
        return true;
    }

    /// <summary>Forgets a consumed key again (D5-alt: a nonce counts as used only when its request succeeds).</summary>
    public void Release(string key) => _expiries.TryRemove(Hash(key), out _);

    private void EvictExpired(DateTimeOffset now)
    {
        var nowTicks = now.UtcTicks;
        for (var i = 0; i < EvictionsPerInsert; i++)
        {
            if (!_order.TryPeek(out var head) || head.Expiry > nowTicks || !_order.TryDequeue(out head))
            {
                return;
            }

            if (head.Expiry > nowTicks)
            {
                // Another thread took the peeked item first; this one is still live: put it back.
                _order.Enqueue(head);
                return;
            }

            // Remove only the entry this queue item stands for (same key, same expiry).
            _expiries.TryRemove(KeyValuePair.Create(head.Key, head.Expiry));
        }
    }

    private static UInt128 Hash(string key)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }
}
