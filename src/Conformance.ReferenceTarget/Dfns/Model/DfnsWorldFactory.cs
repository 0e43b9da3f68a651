using Conformance.ReferenceTarget.Crypto;

namespace Conformance.ReferenceTarget.Dfns.Model;

/// <summary>
/// Builds the Dfns organisation at start-up: three callers with three different key algorithms,
/// and fixtures that are separate from every caller and from every signing credential, so the
/// suite can flip them without locking itself out.
/// </summary>
internal static class DfnsWorldFactory
{
    public const string Privileged = "privileged";
    public const string Unprivileged = "unprivileged";
    public const string ServiceAccount = "service-account";

    /// <summary>The organisation of the legacy API (seeds' permissions).</summary>
    /// <param name="privilegedAlgorithm">The privileged caller's key algorithm.</param>
    /// <param name="now">Creation time of the credentials.</param>
    /// <param name="p256Only">The reading D17-alt-b: a server that verifies only ECDSA P-256 has only P-256 keys registered.</param>
    public static DfnsWorld Create(string privilegedAlgorithm, DateTimeOffset now, bool p256Only = false) =>
        Create(privilegedAlgorithm, now, RandomIds.DfnsId("ap"), [DfnsPermissions.CredsUpdate, DfnsPermissions.UsersUpdate], [DfnsPermissions.UsersUpdate], p256Only);

    /// <summary>
    /// The organisation of the current API: its own users, credentials and fixtures (so the two
    /// APIs can be run at the same time), the current permission names, and no application id.
    /// </summary>
    public static DfnsWorld CreateCurrent(string privilegedAlgorithm, DateTimeOffset now)
    {
        string[] users = [DfnsPermissions.UsersActivate, DfnsPermissions.UsersDeactivate, DfnsPermissions.UsersRead];
        return Create(privilegedAlgorithm, now, "", users, users);
    }

    private static DfnsWorld Create(string privilegedAlgorithm, DateTimeOffset now, string appId, string[] privileged, string[] serviceAccount, bool p256Only = false)
    {
        var orgId = RandomIds.DfnsId("or");
        var identities = new List<DfnsIdentity>
        {
            CreateIdentity(Privileged, p256Only ? SigningAlgorithms.EcdsaP256 : privilegedAlgorithm, privileged, false, orgId, now),
            CreateIdentity(Unprivileged, p256Only ? SigningAlgorithms.EcdsaP256 : SigningAlgorithms.Ed25519, [], false, orgId, now),
            CreateIdentity(ServiceAccount, p256Only ? SigningAlgorithms.EcdsaP256 : SigningAlgorithms.RsaPkcs1Sha256, serviceAccount, true, orgId, now),
        };

        var owner = identities[0].User.UserId;
        var fixtureCredentials = Enumerable.Range(1, 6)
            .Select(i => CreateFixtureCredential(owner, i, isActive: i <= 3, now))
            .ToList();
        var fixtureUsers = Enumerable.Range(1, 4)
            .Select(i => CreateFixtureUser(i, isActive: i <= 2, orgId))
            .ToList();

        var directory = new DfnsDirectory(
            appId,
            identities.Select(i => i.User).Concat(fixtureUsers),
            identities.Select(i => i.SigningCredential).Concat(fixtureCredentials));
        return new DfnsWorld(directory, identities, fixtureCredentials, fixtureUsers);
    }

    private static DfnsIdentity CreateIdentity(
        string role, string algorithm, string[] permissions, bool serviceAccount, string orgId, DateTimeOffset now)
    {
        var key = SigningKeyFactory.Create(algorithm, role);
        var userId = RandomIds.DfnsId("us");
        var credential = new DfnsCredential
        {
            CredentialUuid = RandomIds.DfnsId("cr"),
            CredentialId = RandomIds.Secret(),
            OwnerUserId = userId,
            Name = $"{role} signing key",
            PublicKeyPem = key.PublicKeyPem,
            DateCreated = now,
            Verifier = key.Verifier,
            IsActive = true,
        };
        var user = new DfnsUser
        {
            UserId = userId,
            Username = $"{role}@conformance.invalid",
            Name = $"Conformance {role}",
            OrgId = orgId,
            Permissions = permissions.ToHashSet(StringComparer.Ordinal),
            IsServiceAccount = serviceAccount,
            Token = RandomIds.Secret(),
            CredentialUuid = credential.CredentialUuid,
            IsActive = true,
        };
        return new DfnsIdentity(role, user, credential, key);
    }

    private static DfnsCredential CreateFixtureCredential(string ownerUserId, int index, bool isActive, DateTimeOffset now)
    {
        // Fixtures carry a real public key so list items look like the documented example, but no
        // verifier: they are never used to sign, only activated and deactivated.
        using var ecdsa = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        return new DfnsCredential
        {
            CredentialUuid = RandomIds.DfnsId("cr"),
            CredentialId = RandomIds.Secret(),
            OwnerUserId = ownerUserId,
            Name = $"Fixture key {index}",
            PublicKeyPem = ecdsa.ExportSubjectPublicKeyInfoPem(),
            DateCreated = now,
            IsActive = isActive,
        };
    }

    private static DfnsUser CreateFixtureUser(int index, bool isActive, string orgId) => new()
    {
        UserId = RandomIds.DfnsId("us"),
        Username = $"fixture-user-{index}@conformance.invalid",
        Name = $"Fixture user {index}",
        OrgId = orgId,
        Permissions = new HashSet<string>(StringComparer.Ordinal),
        CredentialUuid = RandomIds.DfnsId("cr"),
        IsActive = isActive,
    };
}
