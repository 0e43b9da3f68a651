using System.Security.Cryptography;

namespace Conformance.ReferenceTarget.Crypto;

/// <summary>ECDSA P-256 over SHA-256 with a DER signature ("Dfns APIs expects ECDSA/EDDSA signatures to use the ASN.1 / DER format", dfns-facts §2.2).</summary>
internal sealed class EcdsaP256Verifier(ECParameters publicKey) : ISignatureVerifier
{
    public bool Verify(byte[] data, byte[] signature)
    {
        using var ecdsa = ECDsa.Create(publicKey);
        return ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
    }
}
