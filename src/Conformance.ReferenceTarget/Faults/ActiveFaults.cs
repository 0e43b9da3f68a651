namespace Conformance.ReferenceTarget.Faults;

/// <summary>
/// The faults switched on for one target. <see cref="Applies"/> enforces the scoping rule: a fault
/// only changes the operation its descriptor names, so every other operation stays a valid control.
/// </summary>
internal sealed class ActiveFaults
{
    private readonly Dictionary<string, FaultDescriptor> _on;

    public ActiveFaults(IEnumerable<string> names)
    {
        _on = new Dictionary<string, FaultDescriptor>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            _on[name] = FaultCatalogue.Find(name)
                ?? throw new ArgumentException($"unknown fault '{name}'", nameof(names));
        }
    }

    public IReadOnlyList<string> Names => _on.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The faults one API honours: a fault of the current Dfns API never changes the legacy one, and back.</summary>
    public ActiveFaults Only(string api) => new(_on.Values.Where(f => f.Api == api).Select(f => f.Name));

    /// <summary>True when the fault is on and scoped to <paramref name="operationId"/> of <paramref name="vendor"/>.</summary>
    public bool Applies(string faultName, string vendor, string operationId) =>
        _on.TryGetValue(faultName, out var fault) && fault.Vendor == vendor && fault.OperationId == operationId;
}
