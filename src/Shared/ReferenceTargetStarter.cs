using Conformance.Configuration;
using Conformance.Execution;
using Conformance.ReferenceTarget;

namespace Conformance.Hosting;

/// <summary>
/// Starts the embedded reference target on 127.0.0.1 when no target is configured. Linked into
/// each entry point (CLI, NUnit suite, tests) so the engine itself never references the target.
/// </summary>
internal static class ReferenceTargetStarter
{
    public static Task<EmbeddedTarget> StartAsync(IReadOnlyList<string> faults, CancellationToken cancellationToken) =>
        StartAsync(faults, [], cancellationToken);

    /// <summary>A starter whose targets answer under these alternative readings (<see cref="Readings.All"/>).</summary>
    public static EmbeddedTargetStarter Reading(IReadOnlyCollection<string> readings) =>
        (faults, cancellationToken) => StartAsync(faults, readings, cancellationToken);

    public static async Task<EmbeddedTarget> StartAsync(IReadOnlyList<string> faults, IReadOnlyCollection<string> readings, CancellationToken cancellationToken)
    {
        if (faults.FirstOrDefault(f => FaultCatalogue.Find(f) is null) is { } unknown)
        {
            throw new SettingsException($"reference-fault: no fault named '{unknown}' (list them: dotnet run --project src/Conformance.ReferenceTarget -- --list-faults)");
        }

        var running = await ReferenceTargetHost.StartAsync(new ReferenceTargetOptions { Faults = faults.ToHashSet(StringComparer.Ordinal), Readings = readings.ToHashSet(StringComparer.Ordinal) }, cancellationToken);
        return new EmbeddedTarget(running.BaseUrl, running.ProfileYaml, running)
        {
            Apis =
            [
                new EmbeddedApi(ReferenceApis.Main, running.BaseUrl, running.ProfileYaml, ReferenceApis.ContractsOf(ReferenceApis.Main)),
                new EmbeddedApi(ReferenceApis.Current, running.Current.BaseUrl, running.Current.ProfileYaml, ReferenceApis.ContractsOf(ReferenceApis.Current)),
            ],
        };
    }
}
