namespace Conformance.ReferenceTarget.Dfns.Model;

/// <summary>
/// The Dfns organisation the target serves: one app, its users and credentials. Lookups are
/// lock-free (the maps never change after start-up); state flips take <see cref="Sync"/>.
/// </summary>
internal sealed class DfnsDirectory(string appId, IEnumerable<DfnsUser> users, IEnumerable<DfnsCredential> credentials)
{
    private readonly Dictionary<string, DfnsUser> _usersById = users.ToDictionary(u => u.UserId, StringComparer.Ordinal);
    private readonly Dictionary<string, DfnsCredential> _credentialsByUuid = credentials.ToDictionary(c => c.CredentialUuid, StringComparer.Ordinal);

    public string AppId { get; } = appId;

    public Lock Sync { get; } = new();

    public DfnsUser? FindUserByToken(string token) =>
        _usersById.Values.FirstOrDefault(u => u.Token is not null && FixedTimeEquals(u.Token, token));

    public DfnsUser? FindUser(string userId) => _usersById.GetValueOrDefault(userId);

    public DfnsCredential? FindCredential(string credentialUuid) => _credentialsByUuid.GetValueOrDefault(credentialUuid);

    public IEnumerable<DfnsCredential> CredentialsOf(string userId) =>
        _credentialsByUuid.Values.Where(c => c.OwnerUserId == userId);

    private static bool FixedTimeEquals(string a, string b) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(a), System.Text.Encoding.UTF8.GetBytes(b));
}
