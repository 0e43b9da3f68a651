namespace Conformance.Configuration;

/// <summary>A resource the suite may touch on this target, with the state the profile says it is in.</summary>
public sealed record FixtureRef(string Kind, string Id, string? State)
{
    /// <summary>Identities (profile roles) that cannot access this fixture (<c>deniedTo</c>).</summary>
    public IReadOnlyList<string> DeniedTo { get; init; } = [];
}
