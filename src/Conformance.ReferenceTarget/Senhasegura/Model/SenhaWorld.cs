namespace Conformance.ReferenceTarget.Senhasegura.Model;

/// <summary>Everything generated for senhasegura at start-up: the vault plus what the profile lists.</summary>
internal sealed record SenhaWorld(SenhaDirectory Directory, IReadOnlyList<SenhaClient> Identities, IReadOnlyList<SenhaItem> FixtureCredentials, SenhaItem NotACredential)
{
    public SenhaClient Identity(string role) => Identities.Single(c => c.Role == role);
}
