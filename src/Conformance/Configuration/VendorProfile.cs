namespace Conformance.Configuration;

/// <summary>A vendor's section of the target profile: settings, identities and fixtures.</summary>
public sealed record VendorProfile(
    string Vendor,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyDictionary<string, ProfileIdentity> Identities,
    IReadOnlyList<FixtureRef> Fixtures)
{
    public IEnumerable<FixtureRef> FixturesOf(string kind) => Fixtures.Where(f => f.Kind == kind);
}
