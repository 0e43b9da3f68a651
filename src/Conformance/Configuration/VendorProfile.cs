namespace Conformance.Configuration;

/// <summary>A vendor's section of the target profile: settings, identities and fixtures.</summary>
public sealed record VendorProfile(
    string Vendor,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyDictionary<string, ProfileIdentity> Identities,
    IReadOnlyList<FixtureRef> Fixtures)
{
    public IEnumerable<FixtureRef> FixturesOf(string kind) => Fixtures.Where(f => f.Kind == kind);

    /// <summary>
    /// Whether the profile says <paramref name="role"/> cannot access <paramref name="fixture"/>:
    /// the fixture's <c>deniedTo</c> names it, or the identity's <c>deniedKinds</c> names the kind.
    /// </summary>
    public bool IsDenied(FixtureRef fixture, string role) =>
        fixture.DeniedTo.Contains(role, StringComparer.Ordinal)
        || Identities.GetValueOrDefault(role)?.DeniedKinds.Contains(fixture.Kind, StringComparer.Ordinal) == true;
}
