using System.Collections.Concurrent;
using Conformance.Scenarios;

namespace Conformance.Execution;

/// <summary>
/// Runs scenarios in parallel (bounded). A scenario starts only when a fixture of its kind is
/// free, so no worker sits blocked on a fixture lock while other work could run; the fixture
/// pool still serializes scenarios on the same fixture. Reports each result as it finishes and
/// collects every fixture it could not restore. Once the run is stopped (signal, budget,
/// unresponsive target) no scenario starts; those in flight restore their fixtures and end.
/// </summary>
internal sealed class RunEngine(IReadOnlyDictionary<string, VendorSession> sessions, int parallelism, RunControl control)
{
    private readonly ConcurrentQueue<FixtureRestoreFailure> unrestored = new();

    public IReadOnlyList<FixtureRestoreFailure> Unrestored => unrestored.ToList();

    /// <summary>The session of each contract (the fuzzing phase builds its requests with them).</summary>
    public IReadOnlyDictionary<string, VendorSession> Sessions => sessions;

    /// <summary>Fixtures of a kind for a vendor (its contracts share one pool).</summary>
    public int Capacity(string vendor, string kind) =>
        sessions.Values.FirstOrDefault(s => s.Document.Vendor == vendor)?.Fixtures.Capacity(kind) ?? 0;

    public Task<ScenarioResult> RunAsync(Scenario scenario, CancellationToken cancellationToken) =>
        new ScenarioExecutor(sessions[scenario.Contract], unrestored.Enqueue, control).RunAsync(scenario, cancellationToken);

    public async Task<IReadOnlyList<ScenarioResult>> RunAllAsync(IReadOnlyList<Scenario> scenarios, Action<ScenarioResult>? progress, CancellationToken cancellationToken)
    {
        var results = new ScenarioResult?[scenarios.Count];
        var pending = new List<int>(RunOrder.For(scenarios, Capacity, parallelism));
        var slots = new KindSlots(Capacity);
        var running = new Dictionary<Task<ScenarioResult>, int>();
        var width = Math.Max(1, parallelism);

        while (pending.Count > 0 || running.Count > 0)
        {
            while (running.Count < width && pending.Count > 0 && !control.Stopping.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // The first scenario (in priority order) whose fixture kind has room. With nothing
                // running every kind has room, so the loop never stalls.
                var pick = pending.FindIndex(i => slots.CanStart(scenarios[i]));
                if (pick < 0) break;
                var index = pending[pick];
                pending.RemoveAt(pick);
                slots.Start(scenarios[index]);
                running[RunAsync(scenarios[index], cancellationToken)] = index;
            }

            if (running.Count == 0) break;
            var done = await Task.WhenAny(running.Keys);
            var finished = running[done];
            running.Remove(done);
            slots.Finish(scenarios[finished]);
            var result = await done;
            results[finished] = result;
            progress?.Invoke(result);
        }

        return results.OfType<ScenarioResult>().ToList();
    }
}
