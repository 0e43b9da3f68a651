namespace Conformance.ReferenceTarget.Alternatives;

/// <summary>The alternative readings switched on for one target; every module asks it by name.</summary>
internal sealed class ActiveReadings
{
    private readonly HashSet<string> _on;

    public ActiveReadings(IEnumerable<string> names)
    {
        _on = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var reading = ReferenceTarget.Readings.Find(name) ?? throw new ArgumentException($"unknown reading '{name}'", nameof(names));
            if (reading.Group is { } group && _on.Select(ReferenceTarget.Readings.Find).Any(r => r!.Group == group))
            {
                throw new ArgumentException($"reading '{name}' is an alternative of another reading switched on (group {group}): choose one", nameof(names));
            }

            _on.Add(name);
        }
    }

    public static ActiveReadings None { get; } = new([]);

    public bool Has(string name) => _on.Contains(name);
}
