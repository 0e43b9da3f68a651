using System.Diagnostics;
using System.Globalization;
using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.ReferenceTarget;

namespace Conformance.Benchmarks.Engine;

/// <summary>
/// The whole suite against the reference target with a fixed latency per response, compared
/// with its floor: the longest chain of dependent requests × latency, and all requests ×
/// latency ÷ parallelism. The run cannot beat the larger of the two; the ratio says how much
/// scheduling (fixture locks, setup calls) costs on top. One long run, so a script, not
/// BenchmarkDotNet: `--suite [--latency MS] [--parallel N]`.
/// </summary>
internal static class SuiteWallTime
{
    public static async Task<int> RunAsync(string[] args)
    {
        var latency = Option(args, "--latency", 50);
        var parallel = Option(args, "--parallel", 8);
        Task<EmbeddedTarget> Start(IReadOnlyList<string> faults, CancellationToken ct) => StartAsync(latency, ct);

        await using var run = await ConformanceRun.CreateAsync(new ConformanceSettings { Parallelism = parallel }, Start, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        var result = await run.RunAllAsync(null, CancellationToken.None);
        clock.Stop();

        var requests = result.Scenarios.Sum(s => s.Exchanges.Count);
        var chain = result.Scenarios.Max(s => SequentialRequests(s));
        var perRequest = TimeSpan.FromMilliseconds(latency);
        var chainFloor = chain * perRequest;
        var throughputFloor = requests * perRequest / parallel;
        var floor = chainFloor > throughputFloor ? chainFloor : throughputFloor;

        // A third bound the target sets: scenarios on one fixture kind run at most as many at
        // once as the profile has fixtures of that kind.
        var fixtureFloor = result.Scenarios
            .Where(s => s.Scenario.FixtureKind is not null)
            .GroupBy(s => (s.Scenario.Vendor, Kind: s.Scenario.FixtureKind!))
            .Select(g => (g.Key, Time: g.Sum(s => s.Exchanges.Count) * perRequest / Math.Max(1, Math.Min(parallel, run.FixtureCapacity(g.Key.Vendor, g.Key.Kind)))))
            .MaxBy(x => x.Time);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"suite: {result.Scenarios.Count} scenarios, {requests} requests, latency {latency} ms, parallelism {parallel}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  wall time         {clock.Elapsed.TotalSeconds,8:0.0} s   ({result.SummaryLine})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  floor (chain)     {chainFloor.TotalSeconds,8:0.0} s   longest scenario: {chain} sequential requests"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  floor (throughput){throughputFloor.TotalSeconds,8:0.0} s   {requests} × {latency} ms ÷ {parallel}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  ratio             {clock.Elapsed / floor,8:0.00} × the floor"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  fixture bound     {fixtureFloor.Time.TotalSeconds,8:0.0} s   {fixtureFloor.Key.Vendor} {fixtureFloor.Key.Kind}: its requests × {latency} ms ÷ {run.FixtureCapacity(fixtureFloor.Key.Vendor, fixtureFloor.Key.Kind)} fixtures"));
        foreach (var failed in result.Scenarios.Where(s => s.Verdict is Verdict.Fail or Verdict.Warn))
        {
            var first = failed.Decisive.FirstOrDefault();
            Console.WriteLine($"  {failed.Verdict}: {failed.Scenario.Id}: {first?.Title} (expected {first?.Expected}, actual {first?.Actual})");
        }

        return 0;
    }

    /// <summary>Requests a scenario sent one after another; a concurrent burst counts once.</summary>
    private static int SequentialRequests(ScenarioResult scenario) =>
        scenario.Exchanges.Count(e => !e.Label.StartsWith("stimulus #", StringComparison.Ordinal))
        + (scenario.Exchanges.Any(e => e.Label.StartsWith("stimulus #", StringComparison.Ordinal)) ? 1 : 0);

    private static async Task<EmbeddedTarget> StartAsync(int latency, CancellationToken ct)
    {
        var running = await ReferenceTargetHost.StartAsync(new ReferenceTargetOptions { LatencyMs = latency }, ct);
        return new EmbeddedTarget(running.BaseUrl, running.ProfileYaml, running);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }
}
