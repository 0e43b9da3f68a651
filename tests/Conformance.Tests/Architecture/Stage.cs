namespace Conformance.Tests.Architecture;

/// <summary>
/// One row of ARCHITECTURE.md's stage table: a folder of the engine (or the diff's own project),
/// its namespace, and the stages it may use. Everything of ours it uses must be in one of them.
/// </summary>
internal sealed record Stage(string Name, string Namespace, string Folder, IReadOnlyList<string> MayUse)
{
    /// <summary>The rule as the table states it, quoted in every failure.</summary>
    public string Rule => MayUse.Count == 0
        ? $"{Name} uses no other stage"
        : $"{Name} may use only {string.Join(", ", MayUse)}";

    public bool Holds(string? fullName) =>
        fullName is not null && (fullName == Namespace || fullName.StartsWith(Namespace + ".", StringComparison.Ordinal));

    public override string ToString() => Name;
}
