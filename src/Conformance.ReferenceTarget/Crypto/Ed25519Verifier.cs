using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace Conformance.ReferenceTarget.Crypto;

/// <summary>Pure Ed25519 over the raw message, raw 64-byte signature (dfns-facts §2.2, GO signBytes).</summary>
internal sealed class Ed25519Verifier(Ed25519PublicKeyParameters publicKey) : ISignatureVerifier
{
    public bool Verify(byte[] data, byte[] signature)
    {
        if (signature.Length != Ed25519PublicKeyParameters.KeySize * 2)
        {
            return false;
        }

        var signer = new Ed25519Signer();
        signer.Init(false, publicKey);
        signer.BlockUpdate(data, 0, data.Length);
        return signer.VerifySignature(signature);
    }
}
