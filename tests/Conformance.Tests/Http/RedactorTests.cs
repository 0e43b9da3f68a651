using System.Text.Json.Nodes;
using Conformance.Http;

namespace Conformance.Tests.Http;

[TestFixture]
public sealed class RedactorTests
{
    [TestCase("Authorization", "Bearer eyJhbGciOi.payload.sig", "Bearer [REDACTED]")]
    [TestCase("authorization", "Basic Y2xpZW50OnNlY3JldA==", "Basic [REDACTED]")]
    [TestCase("Proxy-Authorization", "Basic Y2xpZW50OnNlY3JldA==", "Basic [REDACTED]")]
    [TestCase("Authorization", "rawtokenwithoutscheme", "[REDACTED]")]
    [TestCase("X-DFNS-APPSECRET", "app-secret-value", "[REDACTED]")]
    [TestCase("X-DFNS-APISIGNATURE", "signature-value", "[REDACTED]")]
    [TestCase("X-DFNS-USERACTION", "eyJ0eXAi.user.action", "[REDACTED]")]
    [TestCase("Cookie", "session=abcdef123456", "[REDACTED]")]
    [TestCase("Set-Cookie", "session=abcdef123456; Path=/; HttpOnly", "[REDACTED]")]
    public void CredentialHeadersAreMasked(string name, string value, string expected)
    {
        var redactor = new Redactor(new SecretRegistry());

        Assert.That(redactor.Header(name, value), Is.EqualTo(expected));
    }

    [Test]
    public void OrdinaryHeadersAreKept()
    {
        var redactor = new Redactor(new SecretRegistry());

        Assert.That(redactor.Header("X-DFNS-APPID", "ap-3k9x1-abc"), Is.EqualTo("ap-3k9x1-abc"));
    }

    [TestCase("access_token")]
    [TestCase("refresh_token")]
    [TestCase("token")]
    [TestCase("userAction")]
    [TestCase("client_secret")]
    [TestCase("password")]
    [TestCase("privateKey")]
    [TestCase("privateKeyPem")]
    [TestCase("encryptedPrivateKey")]
    [TestCase("secret")]
    public void SecretJsonFieldsAreMasked(string field)
    {
        var redactor = new Redactor(new SecretRegistry());
        var body = $$"""{"keep":"visible","nested":{"{{field}}" : "s3cr\"et-value"},"token_type":"Bearer"}""";

        var redacted = redactor.Body(body)!;

        Assert.Multiple(() =>
        {
            Assert.That(redacted, Does.Not.Contain("s3cr"));
            Assert.That(JsonNode.Parse(redacted)!["nested"]![field]!.GetValue<string>(), Is.EqualTo("[REDACTED]"));
            Assert.That(redacted, Does.Contain("\"keep\":\"visible\""));
            Assert.That(redacted, Does.Contain("\"token_type\":\"Bearer\""));
        });
    }

    [Test]
    public void FormSecretsAreMasked()
    {
        var redactor = new Redactor(new SecretRegistry());

        var redacted = redactor.Body("grant_type=client_credentials&client_id=app-1&client_secret=f13aedd%2Beb57");

        Assert.That(redacted, Is.EqualTo("grant_type=client_credentials&client_id=app-1&client_secret=[REDACTED]"));
    }

    [Test]
    public void RegistryValuesAreMaskedEverywhere()
    {
        var secrets = new SecretRegistry();
        secrets.Add("hunter2-abc def/+");
        var redactor = new Redactor(secrets);

        var request = redactor.Request(
            "POST",
            "http://127.0.0.1/x?q=hunter2-abc%20def%2F%2B",
            [new("X-Custom", "v=hunter2-abc def/+")],
            "{\"note\":\"hunter2-abc def/+\",\"form\":\"a=hunter2-abc+def%2F%2B\"}");

        Assert.That(request.Url + string.Join(",", request.Headers) + request.Body, Does.Not.Contain("hunter2"));
    }

    [Test]
    public void JsonEscapedRegistryValuesAreMasked()
    {
        var secrets = new SecretRegistry();
        const string pem = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----";
        secrets.Add(pem);
        var redactor = new Redactor(secrets);

        var body = new JsonObject { ["pem"] = pem }.ToJsonString();

        Assert.That(redactor.Body(body), Is.EqualTo("{\"pem\":\"[REDACTED]\"}"));
    }

    [Test]
    public void RegistryValuesEscapedByTheDefaultJsonEncoder_AreMasked()
    {
        // A server on System.Text.Json's defaults writes '+' as \u002B and 'é' as \u00E9: a secret it returns must still be masked.
        var secrets = new SecretRegistry();
        secrets.Add("pa+ss/wörd-9");
        var redactor = new Redactor(secrets);

        var body = new JsonObject { ["note"] = "pa+ss/wörd-9" }.ToJsonString();

        Assert.That(body, Does.Contain("\\u002B"), "the default encoder escapes it");
        Assert.That(redactor.Body(body), Is.EqualTo("{\"note\":\"[REDACTED]\"}"));
        Assert.That(redactor.Body("{\"note\":\"pa+ss/w\\u00f6rd-9\"}"), Is.EqualTo("{\"note\":\"[REDACTED]\"}"), "Python's lower-case escape");
    }

    [Test]
    public void AValueAddedAfterEarlierRedactions_IsMaskedFromThenOn()
    {
        var secrets = new SecretRegistry();
        secrets.Add("first-secret-value");
        var redactor = new Redactor(secrets);
        Assert.That(redactor.Text("a first-secret-value, a later-token-value"), Is.EqualTo("a [REDACTED], a later-token-value"));

        // A token issued during the run (a user-action token, a token a response returned) joins the registry later.
        secrets.Add("later-token-value");

        Assert.That(redactor.Text("a first-secret-value, a later-token-value"), Is.EqualTo("a [REDACTED], a [REDACTED]"));
    }

    [Test]
    public void TheLongestValueIsMaskedFirst_SoAValueInsideAnotherLeavesNoTail()
    {
        var secrets = new SecretRegistry();
        var redactor = new Redactor(secrets);
        secrets.Add("token-123");
        secrets.Add("token-123-extended");

        Assert.That(redactor.Text("x token-123-extended y"), Is.EqualTo("x [REDACTED] y"));
    }
}
