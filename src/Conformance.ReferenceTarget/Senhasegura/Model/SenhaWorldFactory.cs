using System.Security.Cryptography;
using Conformance.ReferenceTarget.Crypto;

namespace Conformance.ReferenceTarget.Senhasegura.Model;

/// <summary>Builds the clients and items at start-up (ids are integers returned as strings, S3).</summary>
internal static class SenhaWorldFactory
{
    public const string Privileged = "privileged";
    public const string NoPamPermission = "no-pam-permission";
    public const string NoCredentialAccess = "no-credential-access";

    /// <summary>How many of the fixture credentials (one active, one disabled) <see cref="NoCredentialAccess"/> may not see.</summary>
    public const int DeniedCredentials = 2;

    public static SenhaWorld Create()
    {
        // A random base keeps ids from looking like constants a test could hard-code.
        var first = RandomNumberGenerator.GetInt32(100, 900) * 10;

        // 3 active and 3 disabled credentials every client sees, then one active and one disabled
        // that no-credential-access may not see (→ 1009), as a vault scopes access per credential.
        var credentials = Enumerable.Range(0, 6).Select(i => NewItem(first + i, isCredential: true, isActive: i < 3))
            .Concat(Enumerable.Range(6, DeniedCredentials).Select(i => NewItem(first + i, isCredential: true, isActive: i == 6)))
            .ToList();
        var denied = credentials.Skip(6).Select(c => c.Id).ToHashSet();
        SenhaClient[] clients =
        [
            NewClient(Privileged, pam: true, new HashSet<int>()),
            NewClient(NoPamPermission, pam: false, new HashSet<int>()),
            NewClient(NoCredentialAccess, pam: true, denied),
        ];
        var device = NewItem(first + 9, isCredential: false, isActive: true);
        return new SenhaWorld(new SenhaDirectory(clients, credentials.Append(device)), clients, credentials, device);
    }

    private static SenhaClient NewClient(string role, bool pam, IReadOnlySet<int> denied) =>
        new(role, RandomIds.Hex(20), RandomIds.Hex(16), pam, denied);

    private static SenhaItem NewItem(int id, bool isCredential, bool isActive) => new()
    {
        Id = id,
        IsCredential = isCredential,
        Identifier = Guid.NewGuid().ToString(),
        Username = isCredential ? $"fixture_{id}" : $"device_{id}",
        Hostname = $"host-{id}.conformance.invalid",
        Ip = $"10.0.{id / 256 % 256}.{id % 256}",
        Password = RandomIds.Hex(12),
        IsActive = isActive,
    };
}
