using Conformance.Configuration;

namespace Conformance.Execution;

/// <summary>
/// The fixtures the profile lists — the only resources a run may change — and their locks:
/// scenarios on the same fixture run one at a time; a scenario watching a whole kind runs alone
/// on that kind.
/// </summary>
internal sealed class FixturePool
{
    private readonly Dictionary<string, List<(FixtureRef Fixture, SemaphoreSlim Lock)>> byKind;
    private readonly Dictionary<string, AsyncReaderWriterLock> kindLocks;
    private int roundRobin;

    public FixturePool(IEnumerable<FixtureRef> fixtures)
    {
        byKind = fixtures.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Select(f => (f, new SemaphoreSlim(1, 1))).ToList());
        kindLocks = byKind.Keys.ToDictionary(k => k, _ => new AsyncReaderWriterLock());
    }

    public bool Has(string kind) => byKind.ContainsKey(kind);

    /// <summary>How many scenarios on this kind can run at once: its number of fixtures.</summary>
    public int Capacity(string kind) => byKind.TryGetValue(kind, out var entries) ? entries.Count : 0;

    /// <param name="eligible">Only fixtures it accepts may be leased (e.g. those an identity cannot access); null = any.</param>
    public async Task<FixtureLease> AcquireAsync(string kind, bool wholeKind, Func<FixtureRef, bool>? eligible, CancellationToken cancellationToken)
    {
        var all = byKind[kind];
        var entries = eligible is null ? all : all.Where(e => eligible(e.Fixture)).ToList();
        if (entries.Count == 0) throw new InvalidOperationException($"no eligible '{kind}' fixture (the caller checks the profile first)");
        var kindLock = kindLocks[kind];
        if (wholeKind) await kindLock.EnterWriteAsync(cancellationToken);
        else await kindLock.EnterReadAsync(cancellationToken);
        try
        {
            var chosen = entries.FirstOrDefault(e => e.Lock.Wait(0));
            if (chosen.Lock is null)
            {
                chosen = entries[Interlocked.Increment(ref roundRobin) % entries.Count];
                await chosen.Lock.WaitAsync(cancellationToken);
            }

            var others = all.Where(e => e.Fixture != chosen.Fixture).Select(e => e.Fixture).ToList();
            return new FixtureLease(chosen.Fixture, others, () =>
            {
                chosen.Lock.Release();
                if (wholeKind) kindLock.ExitWrite();
                else kindLock.ExitRead();
            });
        }
        catch
        {
            if (wholeKind) kindLock.ExitWrite();
            else kindLock.ExitRead();
            throw;
        }
    }
}
