using System.Security.Cryptography;
using System.Text;
using Conformance.Auth;
using Conformance.Configuration;

namespace Conformance.Tests.Auth;

[TestFixture]
public sealed class ChallengeSignerTests
{
    private static readonly byte[] ClientData = Encoding.UTF8.GetBytes("{\"type\":\"key.get\",\"challenge\":\"MWM0MmY5YTQ\"}");

    [TestCase("ecdsa-p256")]
    [TestCase("ed25519")]
    [TestCase("rsa-pkcs1-sha256")]
    public void SignatureVerifiesWithThePublicKey(string algorithm)
    {
        var (key, verify) = TestKeys.Create(algorithm);

        var signature = ChallengeSigner.Sign(key, ClientData);

        Assert.Multiple(() =>
        {
            Assert.That(verify(ClientData, signature), Is.True);
            Assert.That(verify(Encoding.UTF8.GetBytes("other data"), signature), Is.False);
        });
    }

    [Test]
    public void EcdsaSignatureIsDer()
    {
        var (key, _) = TestKeys.Create("ecdsa-p256");

        var signature = ChallengeSigner.Sign(key, ClientData);

        // DER SEQUENCE (0x30) of two INTEGERs, not the 64-byte IEEE P1363 r||s.
        Assert.That(signature[0], Is.EqualTo(0x30));
    }

    [Test]
    public void SecOneEcKeyIsAccepted()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var key = new SigningKey("c", "ecdsa-p256", ecdsa.ExportECPrivateKeyPem());

        var signature = ChallengeSigner.Sign(key, ClientData);

        Assert.That(ecdsa.VerifyData(ClientData, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence), Is.True);
    }

    [Test]
    public void WrongCurveIsRefused()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var key = new SigningKey("c", "ecdsa-p256", ecdsa.ExportPkcs8PrivateKeyPem());

        Assert.That(() => ChallengeSigner.Sign(key, ClientData), Throws.InstanceOf<CryptographicException>().With.Message.Contains("not a P-256 key"));
    }

    [TestCase("ecdsa-p256")]
    [TestCase("ed25519")]
    [TestCase("rsa-pkcs1-sha256")]
    public void UnreadableKeyFailsWithoutEchoingIt(string algorithm)
    {
        var key = new SigningKey("c", algorithm, "-----BEGIN PRIVATE KEY-----\nc2VjcmV0LWtleS1tYXRlcmlhbA==\n-----END PRIVATE KEY-----");

        var e = Assert.Throws(Is.InstanceOf<CryptographicException>(), () => ChallengeSigner.Sign(key, ClientData));

        Assert.That(e!.Message, Does.Not.Contain("c2VjcmV0"));
    }

    [Test]
    public void UnknownAlgorithmIsRefused()
    {
        Assert.That(
            () => ChallengeSigner.Sign(new SigningKey("c", "dsa", "x"), ClientData),
            Throws.InstanceOf<CryptographicException>().With.Message.Contains("'dsa' is not supported"));
    }
}
