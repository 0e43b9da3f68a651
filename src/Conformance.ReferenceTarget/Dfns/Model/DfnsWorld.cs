namespace Conformance.ReferenceTarget.Dfns.Model;

/// <summary>Everything generated for Dfns at start-up: the directory plus what the profile lists.</summary>
internal sealed record DfnsWorld(
    DfnsDirectory Directory,
    IReadOnlyList<DfnsIdentity> Identities,
    IReadOnlyList<DfnsCredential> FixtureCredentials,
    IReadOnlyList<DfnsUser> FixtureUsers)
{
    public DfnsIdentity Identity(string role) => Identities.Single(i => i.Role == role);
}
