using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace Conformance.ReferenceTarget.Tests.Support;

/// <summary>Signs clientData the way the official SDK signers do (dfns-facts §2.2), independent of the server's code.</summary>
internal static class TestSigner
{
    public static byte[] Sign(string algorithm, string privateKeyPem, byte[] data)
    {
        switch (algorithm)
        {
            case "ecdsa-p256":
                using (var ecdsa = ECDsa.Create())
                {
                    ecdsa.ImportFromPem(privateKeyPem);
                    return ecdsa.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
                }

            case "rsa-pkcs1-sha256":
                using (var rsa = RSA.Create())
                {
                    rsa.ImportFromPem(privateKeyPem);
                    return rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                }

            case "ed25519":
                var fields = PemEncoding.Find(privateKeyPem);
                var der = Convert.FromBase64String(privateKeyPem[fields.Base64Data]);
                var key = (Ed25519PrivateKeyParameters)PrivateKeyFactory.CreateKey(der);
                var signer = new Ed25519Signer();
                signer.Init(true, key);
                signer.BlockUpdate(data, 0, data.Length);
                return signer.GenerateSignature();

            default:
                throw new ArgumentException($"unknown algorithm {algorithm}", nameof(algorithm));
        }
    }
}
