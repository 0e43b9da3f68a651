using Conformance.Execution;
using Conformance.ReferenceTarget;

namespace Conformance.Tests.Execution;

/// <summary>Starts the reference target in-process for engine tests.</summary>
internal static class EmbeddedReferenceTarget
{
    public static async Task<EmbeddedTarget> StartAsync(IReadOnlyList<string> faults, CancellationToken cancellationToken)
    {
        var running = await ReferenceTargetHost.StartAsync(new ReferenceTargetOptions { Faults = faults.ToHashSet(StringComparer.Ordinal) }, cancellationToken);
        return new EmbeddedTarget(running.BaseUrl, running.ProfileYaml, running);
    }
}
