using System.Collections.Concurrent;

namespace Conformance.ReferenceTarget.Hosting;

/// <summary>
/// A concurrent map whose entries live for a fixed time on the target's <see cref="TimeProvider"/>.
/// Each insert evicts a few expired entries (insertion order = expiry order here), so the table
/// stays bounded by the insert rate times the lifetime.
/// </summary>
internal sealed class ExpiringTable<TValue>(TimeProvider time, TimeSpan lifetime)
    where TValue : class
{
    private const int EvictionsPerInsert = 4;

    private readonly ConcurrentDictionary<string, (TValue Value, DateTimeOffset Expiry)> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Key, DateTimeOffset Expiry)> _order = new();

    public int Count => _entries.Count;

    public void Add(string key, TValue value)
    {
        var now = time.GetUtcNow();
        Evict(now);
        var expiry = now + lifetime;
        _entries[key] = (value, expiry);
        _order.Enqueue((key, expiry));
    }

    public TValue? Find(string key) =>
        _entries.TryGetValue(key, out var entry) && entry.Expiry > time.GetUtcNow() ? entry.Value : null;

    /// <summary>Removes and returns the entry: for one-time objects such as challenges.</summary>
    public TValue? Take(string key) =>
        _entries.TryRemove(key, out var entry) && entry.Expiry > time.GetUtcNow() ? entry.Value : null;

    private void Evict(DateTimeOffset now)
    {
        for (var i = 0; i < EvictionsPerInsert; i++)
        {
            if (!_order.TryPeek(out var head) || head.Expiry > now || !_order.TryDequeue(out head))
            {
                return;
            }

            if (_entries.TryGetValue(head.Key, out var entry) && entry.Expiry == head.Expiry)
            {
                _entries.TryRemove(KeyValuePair.Create(head.Key, entry));
            }
        }
    }
}
