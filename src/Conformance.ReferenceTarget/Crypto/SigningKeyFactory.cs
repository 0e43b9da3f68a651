using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace Conformance.ReferenceTarget.Crypto;

/// <summary>Generates the identities' signing keys at start-up; nothing is ever read from disk.</summary>
internal static class SigningKeyFactory
{
    /// <param name="algorithm">Profile algorithm name.</param>
    /// <param name="role">Identity role; RSA keys are cached per role (see <see cref="RsaKeySource"/>).</param>
    public static SigningKeyPair Create(string algorithm, string role) => algorithm switch
    {
        SigningAlgorithms.EcdsaP256 => CreateEcdsa(),
        SigningAlgorithms.Ed25519 => CreateEd25519(),
        SigningAlgorithms.RsaPkcs1Sha256 => CreateRsa(role),
        _ => throw new ArgumentException($"unknown signing algorithm '{algorithm}'", nameof(algorithm)),
    };

    private static SigningKeyPair CreateEcdsa()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new SigningKeyPair(
            SigningAlgorithms.EcdsaP256,
            ecdsa.ExportPkcs8PrivateKeyPem(),
            ecdsa.ExportSubjectPublicKeyInfoPem(),
            new EcdsaP256Verifier(ecdsa.ExportParameters(includePrivateParameters: false)));
    }

    private static SigningKeyPair CreateRsa(string role)
    {
        using var rsa = RsaKeySource.For(role);
        return new SigningKeyPair(
            SigningAlgorithms.RsaPkcs1Sha256,
            rsa.ExportPkcs8PrivateKeyPem(),
            rsa.ExportSubjectPublicKeyInfoPem(),
            new RsaPkcs1Verifier(rsa.ExportParameters(includePrivateParameters: false)));
    }

    private static SigningKeyPair CreateEd25519()
    {
        // The BCL has no Ed25519; BouncyCastle generates it and writes standard PKCS#8 / SPKI DER.
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        var privateDer = PrivateKeyInfoFactory.CreatePrivateKeyInfo(pair.Private).GetEncoded();
        var publicDer = SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(pair.Public).GetEncoded();
        return new SigningKeyPair(
            SigningAlgorithms.Ed25519,
            new string(PemEncoding.Write("PRIVATE KEY", privateDer)),
            new string(PemEncoding.Write("PUBLIC KEY", publicDer)),
            new Ed25519Verifier((Ed25519PublicKeyParameters)pair.Public));
    }
}
