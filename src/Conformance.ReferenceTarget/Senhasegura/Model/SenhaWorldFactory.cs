using System.Security.Cryptography;
using Conformance.ReferenceTarget.Crypto;

namespace Conformance.ReferenceTarget.Senhasegura.Model;

/// <summary>Builds the clients and items at start-up (ids are integers returned as strings, S3).</summary>
internal static class SenhaWorldFactory
{
    public const string Privileged = "privileged";
    public const string NoPamPermission = "no-pam-permission";
    public const string NoCredentialAccess = "no-credential-access";

    public static SenhaWorld Create()
    {
        SenhaClient[] clients =
        [
            NewClient(Privileged, pam: true, sees: true),
            NewClient(NoPamPermission, pam: false, sees: true),
            NewClient(NoCredentialAccess, pam: true, sees: false),
        ];

        // A random base keeps ids from looking like constants a test could hard-code.
        var first = RandomNumberGenerator.GetInt32(100, 900) * 10;
        var credentials = Enumerable.Range(0, 6).Select(i => NewItem(first + i, isCredential: true, isActive: i < 3)).ToList();
        var device = NewItem(first + 9, isCredential: false, isActive: true);
        return new SenhaWorld(new SenhaDirectory(clients, credentials.Append(device)), clients, credentials, device);
    }

    private static SenhaClient NewClient(string role, bool pam, bool sees) =>
        new(role, RandomIds.Hex(20), RandomIds.Hex(16), pam, sees);

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
