using Conformance.Execution;
using Conformance.ReferenceTarget;

namespace Conformance.Suite;

/// <summary>Starts the embedded reference target on 127.0.0.1 when no target is configured.</summary>
internal static class ReferenceTargetStarter
{
    public static async Task<EmbeddedTarget> StartAsync(IReadOnlyList<string> faults, CancellationToken cancellationToken)
    {
        var running = await ReferenceTargetHost.StartAsync(new ReferenceTargetOptions { Faults = faults.ToHashSet(StringComparer.Ordinal) }, cancellationToken);
        return new EmbeddedTarget(running.BaseUrl, running.ProfileYaml, running);
    }
}
