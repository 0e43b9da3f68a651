using Conformance.Scenarios;

namespace Conformance.Execution;

/// <summary>
/// The order scenarios start in, chosen so parallel workers rarely wait on a fixture lock:
/// scenarios that need a whole fixture kind to themselves start first (later they would wait
/// for every reader of the kind to drain); the rest are dealt from per-kind queues, always from
/// the queue with the most work left per fixture, so the kinds with few fixtures — the ones that
/// bound the run — start early and the scenarios in flight spread over different fixtures.
/// </summary>
internal static class RunOrder
{
    /// <param name="capacity">How many scenarios of a vendor's fixture kind can run at once (its fixture count).</param>
    public static IReadOnlyList<int> For(IReadOnlyList<Scenario> scenarios, Func<string, string, int> capacity, int parallelism)
    {
        var indexed = scenarios.Select((s, i) => (Scenario: s, Index: i)).ToList();
        var order = indexed.Where(x => x.Scenario.Plan.Needs?.WatchOthers == true).Select(x => x.Index).ToList();
        var queues = indexed
            .Where(x => x.Scenario.Plan.Needs?.WatchOthers != true)
            .GroupBy(x => (x.Scenario.Vendor, Kind: x.Scenario.Plan.Needs?.Kind))
            .Select(g => (Queue: new Queue<int>(g.Select(x => x.Index)), Slots: Math.Max(1, g.Key.Kind is null ? parallelism : capacity(g.Key.Vendor, g.Key.Kind))))
            .ToList();

        while (queues.Any(q => q.Queue.Count > 0))
        {
            var busiest = queues.Where(q => q.Queue.Count > 0).MaxBy(q => (double)q.Queue.Count / q.Slots);
            order.Add(busiest.Queue.Dequeue());
        }

        return order;
    }
}
