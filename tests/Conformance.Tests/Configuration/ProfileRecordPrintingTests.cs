using Conformance.Configuration;

namespace Conformance.Tests.Configuration;

/// <summary>Profile records never print their secrets (a record's ToString shows every member by default).</summary>
[TestFixture]
public sealed class ProfileRecordPrintingTests
{
    [Test]
    public void ToString_MasksTokenSecretAndPrivateKey()
    {
        var key = new SigningKey("cred-1", "ecdsa-p256", "-----BEGIN PRIVATE KEY-----\nTOPSECRETKEYMATERIAL\n-----END PRIVATE KEY-----");
        var identity = new ProfileIdentity("privileged", "token-value-123", "client-1", "client-secret-456", key, new Dictionary<string, string> { ["apiKey"] = "field-secret-789" });

        var text = identity.ToString();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain("token-value-123").And.Not.Contain("client-secret-456").And.Not.Contain("TOPSECRETKEYMATERIAL").And.Not.Contain("field-secret-789"));
            Assert.That(text, Does.Contain("privileged").And.Contain("client-1").And.Contain("cred-1"));
        });
    }
}
