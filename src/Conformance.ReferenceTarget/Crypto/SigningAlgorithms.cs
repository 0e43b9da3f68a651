namespace Conformance.ReferenceTarget.Crypto;

/// <summary>The profile's algorithm names (docs/target-profile.md) for the three schemes of DECISIONS D17.</summary>
internal static class SigningAlgorithms
{
    public const string EcdsaP256 = "ecdsa-p256";
    public const string Ed25519 = "ed25519";
    public const string RsaPkcs1Sha256 = "rsa-pkcs1-sha256";

    public static IReadOnlyList<string> All { get; } = [EcdsaP256, Ed25519, RsaPkcs1Sha256];
}
