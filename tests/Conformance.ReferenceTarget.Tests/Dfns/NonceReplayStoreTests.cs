using Conformance.ReferenceTarget.Dfns.Nonce;

namespace Conformance.ReferenceTarget.Tests.Dfns;

/// <summary>The replay store on its own: atomic under contention and bounded over time.</summary>
[TestFixture]
internal sealed class NonceReplayStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void Exactly_one_of_many_concurrent_consumers_wins()
    {
        for (var round = 0; round < 50; round++)
        {
            var store = new NonceReplayStore();
            var wins = 0;
            Parallel.For(0, 64, _ =>
            {
                if (store.TryConsume("same", Start.AddMinutes(5), Start))
                {
                    Interlocked.Increment(ref wins);
                }
            });
            Assert.That(wins, Is.EqualTo(1));
        }
    }

    [Test]
    public void Entries_are_evicted_incrementally_so_the_store_stays_bounded()
    {
        var store = new NonceReplayStore();
        var window = TimeSpan.FromSeconds(300);
        var now = Start;
        var peak = 0;
        for (var i = 0; i < 100_000; i++)
        {
            // 1000 nonces per window-length: after warm-up at most ~one window's worth stays.
            now = Start.AddSeconds(i * 0.3);
            store.TryConsume($"n{i}", now + window, now);
            peak = Math.Max(peak, store.Count);
        }

        Assert.That(peak, Is.LessThanOrEqualTo(1_001));
    }
}
