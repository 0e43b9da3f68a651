using System.Security.Cryptography;

namespace Conformance.ReferenceTarget.Crypto;

/// <summary>RSASSA-PKCS1-v1_5 with SHA-256: what every official SDK signer uses (dfns-facts §2.2).</summary>
internal sealed class RsaPkcs1Verifier(RSAParameters publicKey) : ISignatureVerifier
{
    public bool Verify(byte[] data, byte[] signature)
    {
        using var rsa = RSA.Create(publicKey);
        return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }
}
