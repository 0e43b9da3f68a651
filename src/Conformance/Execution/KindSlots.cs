using Conformance.Scenarios;

namespace Conformance.Execution;

/// <summary>
/// The dispatcher's count of scenarios in flight per fixture kind: a kind takes as many as it
/// has fixtures, and a scenario that watches the whole kind only when nothing else is on it.
/// Used by one dispatching loop only, so it needs no locking.
/// </summary>
internal sealed class KindSlots(Func<string, string, int> capacity)
{
    private readonly Dictionary<(string Vendor, string Kind), (int Running, bool Exclusive)> inFlight = [];

    public bool CanStart(Scenario scenario)
    {
        if (scenario.Plan.Needs is not { } need) return true;
        var (running, exclusive) = inFlight.GetValueOrDefault((scenario.Vendor, need.Kind));
        if (exclusive) return false;
        return need.WatchOthers ? running == 0 : running < Math.Max(1, capacity(scenario.Vendor, need.Kind));
    }

    public void Start(Scenario scenario)
    {
        if (scenario.Plan.Needs is not { } need) return;
        var key = (scenario.Vendor, need.Kind);
        var (running, exclusive) = inFlight.GetValueOrDefault(key);
        inFlight[key] = (running + 1, exclusive || need.WatchOthers);
    }

    public void Finish(Scenario scenario)
    {
        if (scenario.Plan.Needs is not { } need) return;
        var key = (scenario.Vendor, need.Kind);
        var (running, exclusive) = inFlight.GetValueOrDefault(key);
        inFlight[key] = (running - 1, exclusive && !need.WatchOthers);
    }
}
