namespace Conformance.ReferenceTarget.Tests.Support;

/// <summary>One fixture of the profile: id and starting state.</summary>
internal sealed record FixtureItem(string Id, string State)
{
    public bool IsActive => State == "active";
}
