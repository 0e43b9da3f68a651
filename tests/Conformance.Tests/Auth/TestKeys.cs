using System.Security.Cryptography;
using Conformance.Configuration;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;

namespace Conformance.Tests.Auth;

/// <summary>Fresh key pairs: the signing key as the profile holds it, and a verifier over the public key.</summary>
internal static class TestKeys
{
    public const string CredentialId = "Y3JlZC1rZXktdGVzdA";

    public static (SigningKey Key, Func<byte[], byte[], bool> Verify) Create(string algorithm) => algorithm switch
    {
        "ecdsa-p256" => EcdsaP256(),
        "ed25519" => Ed25519(),
        "rsa-pkcs1-sha256" => Rsa(),
        _ => throw new ArgumentException(algorithm),
    };

    private static (SigningKey, Func<byte[], byte[], bool>) EcdsaP256()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var publicKey = ecdsa.ExportSubjectPublicKeyInfo();
        return (new SigningKey(CredentialId, "ecdsa-p256", ecdsa.ExportPkcs8PrivateKeyPem()), (data, signature) =>
        {
            using var verifier = ECDsa.Create();
            verifier.ImportSubjectPublicKeyInfo(publicKey, out _);
            return verifier.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        });
    }

    private static (SigningKey, Func<byte[], byte[], bool>) Rsa()
    {
        using var rsa = RSA.Create(2048);
        var publicKey = rsa.ExportSubjectPublicKeyInfo();
        return (new SigningKey(CredentialId, "rsa-pkcs1-sha256", rsa.ExportPkcs8PrivateKeyPem()), (data, signature) =>
        {
            using var verifier = RSA.Create();
            verifier.ImportSubjectPublicKeyInfo(publicKey, out _);
            return verifier.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        });
    }

    private static (SigningKey, Func<byte[], byte[], bool>) Ed25519()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        var der = PrivateKeyInfoFactory.CreatePrivateKeyInfo(pair.Private).GetDerEncoded();
        var pem = new string(PemEncoding.Write("PRIVATE KEY", der));
        var publicKey = (Ed25519PublicKeyParameters)pair.Public;
        return (new SigningKey(CredentialId, "ed25519", pem), (data, signature) =>
        {
            var verifier = new Ed25519Signer();
            verifier.Init(false, publicKey);
            verifier.BlockUpdate(data, 0, data.Length);
            return signature.Length == 64 && verifier.VerifySignature(signature);
        });
    }
}
