using Conformance.Scenarios;

namespace Conformance.Execution.Fuzzing;

/// <summary>
/// The fuzzing phase (<c>--fuzz N</c>), after the scenarios: every operation the run's scenarios
/// cover (so <c>--filter</c> applies) is fuzzed by an <see cref="OperationFuzzer"/>, as many
/// operations at a time as <c>--parallel</c> allows; the run's stop (signal, budget, unresponsive
/// target) ends it like it ends the scenarios. Its results are scenarios
/// <c>&lt;contract&gt;.&lt;operation&gt;/fuzz/&lt;property&gt;</c>, so every report shows them.
/// </summary>
internal sealed class FuzzPhase(IReadOnlyDictionary<string, VendorSession> sessions, Func<Scenario, CancellationToken, Task<ScenarioResult>> run, FuzzSettings settings, int parallelism)
{
    public async Task<IReadOnlyList<ScenarioResult>> RunAsync(IReadOnlyList<Scenario> scenarios, Action<ScenarioResult>? progress, CancellationToken ct)
    {
        var operations = scenarios.Select(s => (s.Contract, s.Operation)).Distinct().Where(o => sessions.ContainsKey(o.Contract)).ToList();
        using var gate = new SemaphoreSlim(Math.Max(1, parallelism));
        var tasks = operations.Select(async o =>
        {
            try
            {
                await gate.WaitAsync(ct);
            }
            catch (OperationCanceledException)
            {
                return (IReadOnlyList<ScenarioResult>)[];
            }

            try
            {
                var results = await new OperationFuzzer(sessions[o.Contract], run, o.Operation, settings).RunAsync(ct);
                lock (gate)
                {
                    // Reported one at a time, as the engine reports scenarios.
                    foreach (var result in results) progress?.Invoke(result);
                }

                return results;
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        return (await Task.WhenAll(tasks)).SelectMany(r => r).ToList();
    }
}
