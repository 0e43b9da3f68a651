using System.Collections.Concurrent;
using Conformance.Scenarios;

namespace Conformance.Execution;

/// <summary>
/// Runs scenarios in parallel (bounded); scenarios on the same fixture are serialized by the
/// fixture pool. Reports each result as it finishes, and collects every fixture it could not
/// restore.
/// </summary>
internal sealed class RunEngine(IReadOnlyDictionary<string, VendorSession> sessions, int parallelism)
{
    private readonly ConcurrentQueue<FixtureRestoreFailure> unrestored = new();

    public IReadOnlyList<FixtureRestoreFailure> Unrestored => unrestored.ToList();

    public Task<ScenarioResult> RunAsync(Scenario scenario, CancellationToken cancellationToken) =>
        new ScenarioExecutor(sessions[scenario.Vendor], unrestored.Enqueue).RunAsync(scenario, cancellationToken);

    public async Task<IReadOnlyList<ScenarioResult>> RunAllAsync(IReadOnlyList<Scenario> scenarios, Action<ScenarioResult>? progress, CancellationToken cancellationToken)
    {
        var results = new ScenarioResult?[scenarios.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = CancellationToken.None };
        await Parallel.ForEachAsync(Enumerable.Range(0, scenarios.Count), options, async (i, _) =>
        {
            var result = await RunAsync(scenarios[i], cancellationToken);
            results[i] = result;
            progress?.Invoke(result);
        });
        return results.OfType<ScenarioResult>().ToList();
    }
}
