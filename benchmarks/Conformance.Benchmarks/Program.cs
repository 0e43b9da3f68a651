using BenchmarkDotNet.Running;
using Conformance.Benchmarks.ReferenceTarget;

// BenchmarkDotNet entry: any class in this assembly with [Benchmark] methods is picked up, so
// others can add benchmark classes without touching this file. `--quick` runs the script-like
// measurements instead (signed activations per second, replay store memory) and prints them;
// `--suite` times the whole suite against the reference target with a latency (engine floor).
if (args.Contains("--suite"))
{
    return await Conformance.Benchmarks.Engine.SuiteWallTime.RunAsync(args);
}

if (args.Contains("--quick"))
{
    return await QuickRunner.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(QuickRunner).Assembly).Run(args);
return 0;
