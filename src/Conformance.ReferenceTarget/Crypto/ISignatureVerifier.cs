namespace Conformance.ReferenceTarget.Crypto;

/// <summary>Verifies a signature over raw bytes with one registered public key.</summary>
internal interface ISignatureVerifier
{
    bool Verify(byte[] data, byte[] signature);
}
