using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Conformance.ReferenceTarget.Crypto;

/// <summary>
/// RSA-2048 generation costs 0.2–2 s on this 2-core machine (measured), and tests start dozens of
/// in-process targets. So an RSA key is generated once per process and per role, at the first
/// start that needs it, and reused by later targets of the same process. It is still generated at
/// start-up and never written anywhere but the profile; different roles never share a key.
/// ECDSA and Ed25519 keys are cheap and stay fresh for every target.
/// </summary>
internal static class RsaKeySource
{
    private static readonly ConcurrentDictionary<string, Lazy<RSAParameters>> Keys = new(StringComparer.Ordinal);

    public static RSA For(string role)
    {
        var parameters = Keys.GetOrAdd(role, _ => new Lazy<RSAParameters>(Generate)).Value;
        return RSA.Create(parameters);
    }

    private static RSAParameters Generate()
    {
        // 2048 bits: the size the Dfns docs recommend (generate-a-key-pair.md, dfns-facts §2.2).
        using var rsa = RSA.Create(2048);
        return rsa.ExportParameters(includePrivateParameters: true);
    }
}
