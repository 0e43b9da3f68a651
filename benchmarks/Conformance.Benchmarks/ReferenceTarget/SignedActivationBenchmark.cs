using BenchmarkDotNet.Attributes;
using Conformance.ReferenceTarget;

namespace Conformance.Benchmarks.ReferenceTarget;

/// <summary>One full signed activation (init → sign → complete → PUT activate) against an in-process target.</summary>
[MemoryDiagnoser]
public class SignedActivationBenchmark
{
    private RunningReferenceTarget? _target;
    private SignedActivationFlow? _flow;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _target = await ReferenceTargetHost.StartAsync(new ReferenceTargetOptions());
        _flow = new SignedActivationFlow(_target);
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        _flow?.Dispose();
        if (_target is not null)
        {
            await _target.DisposeAsync();
        }
    }

    [Benchmark(Description = "signed activation (4 HTTP steps)")]
    public Task SignedActivation() => _flow!.ActivateAsync();
}
