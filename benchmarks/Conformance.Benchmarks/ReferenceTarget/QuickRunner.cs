using System.Diagnostics;
using System.Globalization;
using Conformance.ReferenceTarget;

namespace Conformance.Benchmarks.ReferenceTarget;

/// <summary>
/// `--quick [--seconds N] [--concurrency N]`: a script-like run that prints signed activations per
/// second (sequential and concurrent) and the replay store's memory after a million nonces.
/// </summary>
internal static class QuickRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 10);
        var concurrency = Option(args, "--concurrency", 8);

        await using (var target = await ReferenceTargetHost.StartAsync(new ReferenceTargetOptions()))
        {
            using var flow = new SignedActivationFlow(target);
            for (var i = 0; i < 200; i++)
            {
                await flow.ActivateAsync(); // warm-up: JIT, connections
            }

            var sequential = await MeasureAsync(flow, 1, TimeSpan.FromSeconds(seconds));
            var parallel = await MeasureAsync(flow, concurrency, TimeSpan.FromSeconds(seconds));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"signed activations/s (init→sign→complete→PUT, 1 client): {sequential:F0}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"signed activations/s ({concurrency} concurrent clients): {parallel:F0}"));
        }

        var memory = await NonceStoreMemory.MeasureAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"replay store after {memory.Nonces:N0} distinct nonces over {memory.Windows} windows: {memory.LiveEntries:N0} live entries, {memory.BytesRetained / 1024.0 / 1024.0:F1} MiB retained (GC.GetTotalMemory before/after)"));
        return 0;
    }

    private static async Task<double> MeasureAsync(SignedActivationFlow flow, int clients, TimeSpan duration)
    {
        var count = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (watch.Elapsed < duration)
            {
                await flow.ActivateAsync();
                Interlocked.Increment(ref count);
            }
        }));
        return count / watch.Elapsed.TotalSeconds;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
