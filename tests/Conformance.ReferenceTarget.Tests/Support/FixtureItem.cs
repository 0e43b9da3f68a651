namespace Conformance.ReferenceTarget.Tests.Support;

/// <summary>One fixture of the profile: id, starting state, and the identities that may not access it.</summary>
internal sealed record FixtureItem(string Id, string State)
{
    public IReadOnlyList<string> DeniedTo { get; init; } = [];

    public bool IsActive => State == "active";
}
