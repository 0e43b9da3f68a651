using System.Text.Json.Nodes;
using Conformance.Http;

namespace Conformance.Tests.Http;

/// <summary>
/// A value becomes a run-wide secret because an authentication flow issued it or the spec marks
/// its field sensitive — never because of a field's name alone; and checks still see the body as
/// it came.
/// </summary>
[TestFixture]
public sealed class ResponseSecretsTests
{
    [Test]
    public async Task AFieldNamedTokenIsMaskedWhereItStandsButIsNoRunWideSecret()
    {
        await using var server = LoopbackServer.Start((r, resp) => LoopbackServer.Write(resp, 200, "{\"token\":\"string\",\"status\":\"string\"}"));
        var secrets = new SecretRegistry();
        using var transport = new RestSharpTransport(server.BaseUrl, secrets, TimeProvider.System);

        var sent = await transport.SendAsync(OutgoingRequest.Create("GET", "/widgets/1"), "stimulus", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(secrets.Values, Is.Empty);
            Assert.That(sent.Recorded.Response!.Body, Is.EqualTo("{\"token\":\"[REDACTED]\",\"status\":\"string\"}"));
            Assert.That(sent.Recorded.Response.BodyForValidation, Is.EqualTo("{\"token\":\"string\",\"status\":\"string\"}"), "validated as it came");
        });
    }

    [Test]
    public async Task AValueOfASensitiveFieldIsRedactedInThisExchangeAndEveryLaterOne()
    {
        const string password = "Pa55-w0rd-from-target";
        await using var server = LoopbackServer.Start((r, resp) => LoopbackServer.Write(resp, 200, r.Path == "/credential/1"
            ? $"{{\"credential\":{{\"id\":\"1\",\"content\":\"{password}\",\"note\":\"copy: {password}\"}}}}"
            : $"{{\"echo\":\"{password}\"}}"));
        var secrets = new SecretRegistry();
        using var transport = new RestSharpTransport(server.BaseUrl, secrets, TimeProvider.System, new HttpTransportOptions { SensitiveValues = new ContentField() });

        var first = await transport.SendAsync(OutgoingRequest.Create("GET", "/credential/1"), "probe", CancellationToken.None);
        var later = await transport.SendAsync(OutgoingRequest.Create("GET", "/other").WithBody($"{{\"p\":\"{password}\"}}", "application/json"), "stimulus", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(secrets.Values, Does.Contain(password));
            Assert.That(first.Recorded.Response!.Body, Does.Not.Contain(password));
            Assert.That(first.Recorded.Response.Body, Does.Contain("\"content\":\"[REDACTED]\""));
            Assert.That(later.Recorded.Response!.Body, Is.EqualTo("{\"echo\":\"[REDACTED]\"}"));
            Assert.That(later.Recorded.Request.Body, Does.Not.Contain(password));
            Assert.That(first.Recorded.ToString(), Does.Not.Contain(password), "the unredacted body is never printed");
        });
    }

    [TestCase("{\"access_token\":\"issued-0123456789\",\"token_type\":\"Bearer\"}", true)]
    [TestCase("{\"\uFFFD(access_token\":\"issued-0123456789\",\"token_type\":\"Bearer\"}", false)]
    [TestCase("{\"access_token\":\"issued-0123456789\",\"tok", false)]
    public async Task ACredentialRequestsAnswerIsLearntOrMaskedWhole(string answer, bool readable)
    {
        await using var server = LoopbackServer.Start((r, resp) => LoopbackServer.Write(resp, 200, answer));
        var secrets = new SecretRegistry();
        using var transport = new RestSharpTransport(server.BaseUrl, secrets, TimeProvider.System);

        var sent = await transport.SendAsync(OutgoingRequest.Create("POST", "/token").IssuingSecretsIn("access_token"), "setup", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(sent.Recorded.Response!.Body, Does.Not.Contain("issued-0123456789"));
            if (!readable) Assert.That(sent.Recorded.Response.BodyForValidation, Does.Not.Contain("issued-0123456789"), "not even in memory");
            Assert.That(secrets.Values.Contains("issued-0123456789"), Is.EqualTo(readable));
            Assert.That(sent.Recorded.Response.Body, readable ? Does.Contain("\"token_type\":\"Bearer\"") : Does.StartWith("[REDACTED] (an answer that may carry a secret and could not be read for it"));
        });
    }

    [Test]
    public async Task ARefusedCredentialRequestKeepsItsErrorBody()
    {
        await using var server = LoopbackServer.Start((r, resp) => LoopbackServer.Write(resp, 401, "{\"error\":\"invalid_client\"}"));
        using var transport = new RestSharpTransport(server.BaseUrl, new SecretRegistry(), TimeProvider.System);

        var sent = await transport.SendAsync(OutgoingRequest.Create("POST", "/token").IssuingSecretsIn("access_token"), "setup", CancellationToken.None);

        Assert.That(sent.Recorded.Response!.Body, Is.EqualTo("{\"error\":\"invalid_client\"}"));
    }

    [Test]
    public async Task ACutAnswerThatMayHoldAMarkedFieldIsMaskedWhole()
    {
        await using var server = LoopbackServer.Start((r, resp) => LoopbackServer.Write(resp, 200, "{\"credential\":{\"id\":\"1\",\"content\":\"Pa55-w0rd-cut"));
        using var transport = new RestSharpTransport(server.BaseUrl, new SecretRegistry(), TimeProvider.System, new HttpTransportOptions { SensitiveValues = new ContentField() });

        var sent = await transport.SendAsync(OutgoingRequest.Create("GET", "/credential/1"), "probe", CancellationToken.None);

        Assert.That(sent.Recorded.Response!.Body, Does.Not.Contain("Pa55-w0rd-cut"));
    }

    private sealed class ContentField : ISensitiveValueFinder
    {
        public bool MayHoldSecrets(string method, string url) => url.EndsWith("/credential/1", StringComparison.Ordinal);

        public IEnumerable<string> Find(string method, string url, int status, JsonNode body) =>
            url.EndsWith("/credential/1", StringComparison.Ordinal) && body["credential"]?["content"] is JsonValue v ? [v.GetValue<string>()] : [];
    }
}
