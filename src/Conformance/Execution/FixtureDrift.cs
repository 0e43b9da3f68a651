using Conformance.Checks;

namespace Conformance.Execution;

/// <summary>
/// A fixture found, before the run changed anything, in another state than the profile
/// declares: the profile is stale, or an earlier run (or someone) left it changed.
/// </summary>
/// <param name="Declared">The profile's <c>state</c>.</param>
/// <param name="Observed">What the probes read, with their basis.</param>
public sealed record FixtureDrift(string Vendor, string Kind, string Id, string Declared, StateReading Observed)
{
    public override string ToString() =>
        $"{Vendor} {Kind} {Id}: the profile says {Declared}, the target reads {Observed.Describe()}"
        + (Observed.Documented || Observed.State is null ? "" : " — only our own reading of the probe, not the vendor's word");
}
