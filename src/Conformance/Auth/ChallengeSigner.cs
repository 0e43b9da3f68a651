using System.Security.Cryptography;
using Conformance.Configuration;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace Conformance.Auth;

/// <summary>
/// Signs the raw clientData bytes with a user-action signing key (D17, after the Dfns SDK signers):
/// ECDSA P-256 with SHA-256 as a DER sequence (RFC 3279 §2.2.3), Ed25519 (RFC 8032, 64 raw
/// bytes), RSASSA-PKCS1-v1_5 with SHA-256 (RFC 8017 §8.2).
/// </summary>
internal static class ChallengeSigner
{
    public const string EcdsaP256 = "ecdsa-p256";
    public const string Ed25519 = "ed25519";
    public const string RsaPkcs1Sha256 = "rsa-pkcs1-sha256";

    private const string P256Oid = "1.2.840.10045.3.1.7";

    /// <exception cref="CryptographicException">The key cannot be read or is not of the named algorithm.</exception>
    public static byte[] Sign(SigningKey key, byte[] data) => key.Algorithm switch
    {
        EcdsaP256 => SignEcdsa(key.PrivateKeyPem, data),
        Ed25519 => SignEd25519(key.PrivateKeyPem, data),
        RsaPkcs1Sha256 => SignRsa(key.PrivateKeyPem, data),
        _ => throw new CryptographicException($"signing algorithm '{key.Algorithm}' is not supported (use {EcdsaP256}, {Ed25519} or {RsaPkcs1Sha256})"),
    };

    private static byte[] SignEcdsa(string pem, byte[] data)
    {
        using var ecdsa = ECDsa.Create();
        ImportPem(() => ecdsa.ImportFromPem(pem));
        var curve = ecdsa.ExportParameters(false).Curve;
        if (curve.Oid.Value != P256Oid && curve.Oid.FriendlyName is not ("nistP256" or "ECDSA_P256" or "prime256v1" or "secp256r1"))
        {
            throw new CryptographicException($"the key is not a P-256 key (curve {curve.Oid.FriendlyName ?? curve.Oid.Value})");
        }

        return ecdsa.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
    }

    private static byte[] SignRsa(string pem, byte[] data)
    {
        using var rsa = RSA.Create();
        ImportPem(() => rsa.ImportFromPem(pem));
        return rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    /// <summary>The BCL has no Ed25519; BouncyCastle reads the PKCS#8 key and signs.</summary>
    private static byte[] SignEd25519(string pem, byte[] data)
    {
        Ed25519PrivateKeyParameters key;
        try
        {
            var fields = PemEncoding.Find(pem);
            var der = Convert.FromBase64String(pem[fields.Base64Data]);
            key = PrivateKeyFactory.CreateKey(der) as Ed25519PrivateKeyParameters
                ?? throw new CryptographicException("the key is not an Ed25519 key");
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or IOException)
        {
            throw new CryptographicException("the key is not a PKCS#8 PEM private key");
        }

        var signer = new Ed25519Signer();
        signer.Init(true, key);
        signer.BlockUpdate(data, 0, data.Length);
        return signer.GenerateSignature();
    }

    private static void ImportPem(Action import)
    {
        try
        {
            import();
        }
        catch (ArgumentException)
        {
            // The BCL message may quote the PEM label; say what is wrong without echoing anything.
            throw new CryptographicException("the key is not an unencrypted PEM private key");
        }
    }
}
