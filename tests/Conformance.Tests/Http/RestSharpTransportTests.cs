using Conformance.Http;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Tests.Http;

[TestFixture]
public sealed class RestSharpTransportTests
{
    [Test]
    public async Task SendsTheRequestExactlyAndRecordsTheExchange()
    {
        await using var server = LoopbackServer.Start((r, resp) => LoopbackServer.Write(resp, 201, "{\"message\":\"success\"}"));
        using var transport = new RestSharpTransport(server.BaseUrl, new SecretRegistry(), TimeProvider.System);
        var request = OutgoingRequest.Create("PUT", "/auth/credentials/activate?x=1")
            .WithHeader("X-DFNS-APPID", "ap-1")
            .WithBody("{\"credentialUuid\":\"cr-1\"}", "application/json");

        var sent = await transport.SendAsync(request, "stimulus", CancellationToken.None);

        var received = server.Received.Single();
        var recorded = sent.Recorded;
        Assert.Multiple(() =>
        {
            Assert.That(received.Method, Is.EqualTo("PUT"));
            Assert.That(received.RawUrl, Is.EqualTo("/auth/credentials/activate?x=1"));
            Assert.That(received.Body, Is.EqualTo("{\"credentialUuid\":\"cr-1\"}"));
            Assert.That(received.Header("Content-Type"), Is.EqualTo("application/json"));
            Assert.That(received.Header("X-DFNS-APPID"), Is.EqualTo("ap-1"));
            Assert.That(recorded.Label, Is.EqualTo("stimulus"));
            Assert.That(recorded.Request.Url, Is.EqualTo(server.BaseUrl + "auth/credentials/activate?x=1"));
            Assert.That(recorded.Request.Headers, Does.Contain(new KeyValuePair<string, string>("X-DFNS-APPID", "ap-1")));
            Assert.That(recorded.Request.Headers, Does.Contain(new KeyValuePair<string, string>("Content-Type", "application/json")));
            Assert.That(recorded.Status, Is.EqualTo(201));
            Assert.That(recorded.Response!.ContentType, Is.EqualTo("application/json"));
            Assert.That(recorded.Json!["message"]!.GetValue<string>(), Is.EqualTo("success"));
            Assert.That(recorded.Response.Truncated, Is.False);
            Assert.That(recorded.TransportError, Is.Null);
            Assert.That(sent.RawJson!["message"]!.GetValue<string>(), Is.EqualTo("success"));
        });
    }

    [Test]
    public async Task RecordsTheHeadersAsSentAndAReproducibleCurlLine()
    {
        await using var server = LoopbackServer.Start((r, resp) =>
        {
            resp.Headers.Add("Set-Cookie", "a=1; Path=/, b");
            resp.Headers.Add("Set-Cookie", "c=2");
            return LoopbackServer.Write(resp, 200, "{}");
        });
        using var transport = new RestSharpTransport(server.BaseUrl, new SecretRegistry(), TimeProvider.System);
        var request = OutgoingRequest.Create("PUT", "/a").WithHeader("Authorization", "Bearer abcdefgh").WithBody("{\"a\":\"it's\"}", "application/json");

        var sent = await transport.SendAsync(request, "s", CancellationToken.None);
        var withAccept = await transport.SendAsync(OutgoingRequest.Create("GET", "/b").WithHeader("Accept", "application/json, text/plain"), "s", CancellationToken.None);

        var received = server.Received.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(received[0].Header("Accept"), Is.Null, "no Accept unless the scenario sets one");
            Assert.That(received[1].Header("Accept"), Is.EqualTo("application/json, text/plain"));
            Assert.That(withAccept.Recorded.Request.Headers, Does.Contain(new KeyValuePair<string, string>("Accept", "application/json, text/plain")));
            Assert.That(sent.Recorded.Response!.Headers.Count(h => h.Key == "Set-Cookie"), Is.EqualTo(2));
            Assert.That(CurlCommand.From(sent.Recorded), Is.EqualTo(
                $"curl -X PUT '{server.BaseUrl}a' -H 'Authorization: Bearer [REDACTED]' -H 'User-Agent: Conformance/1.0' -H 'Content-Type: application/json' --data-raw '{{\"a\":\"it'\\''s\"}}'"));
        });
    }

    [TestCase("TRACE")]
    [TestCase("PATCH")]
    [TestCase("DELETE")]
    public async Task SendsAnyMethod(string method)
    {
        await using var server = LoopbackServer.Start((r, resp) => LoopbackServer.Write(resp, 405, "{}"));
        using var transport = new RestSharpTransport(server.BaseUrl, new SecretRegistry(), TimeProvider.System);

        var sent = await transport.SendAsync(OutgoingRequest.Create(method, "/auth/credentials/activate"), "method", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(server.Received.Single().Method, Is.EqualTo(method));
            Assert.That(sent.Recorded.Status, Is.EqualTo(405));
        });
    }

    [Test]
    public async Task BodyWithoutContentTypeIsSentWithoutOne()
    {
        await using var server = LoopbackServer.Start((r, resp) => LoopbackServer.Write(resp, 400, "{}"));
        using var transport = new RestSharpTransport(server.BaseUrl, new SecretRegistry(), TimeProvider.System);

        await transport.SendAsync(OutgoingRequest.Create("PUT", "/x").WithBody("{\"a\":1}", null), "s", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(server.Received.Single().Header("Content-Type"), Is.Null);
            Assert.That(server.Received.Single().Body, Is.EqualTo("{\"a\":1}"));
        });
    }

    [Test]
    public async Task BaseUrlPathIsKept()
    {
        await using var server = LoopbackServer.Start((r, resp) => LoopbackServer.Write(resp, 200, "{}"));
        using var transport = new RestSharpTransport(new Uri(server.BaseUrl, "prefix/"), new SecretRegistry(), TimeProvider.System);

        await transport.SendAsync(OutgoingRequest.Create("GET", "/api/pam/credential/11"), "s", CancellationToken.None);

        Assert.That(server.Received.Single().RawUrl, Is.EqualTo("/prefix/api/pam/credential/11"));
    }

    [Test]
    public async Task SecretsAreRedactedWhenRecorded()
    {
        await using var server = LoopbackServer.Start((r, resp) =>
        {
            resp.Headers.Add("Set-Cookie", "session=abcdef0123456; Path=/");
            return LoopbackServer.Write(resp, 200, "{\"access_token\":\"issued-token-0001\",\"token_type\":\"Bearer\",\"echo\":\"profile-secret-42\"}");
        });
        var secrets = new SecretRegistry();
        secrets.Add("profile-secret-42");
        using var transport = new RestSharpTransport(server.BaseUrl, secrets, TimeProvider.System);
        var request = OutgoingRequest.Create("POST", "/iso/oauth2/token?hint=profile-secret-42")
            .WithHeader("Authorization", "Bearer bearer-token-0002")
            .WithHeader("X-DFNS-USERACTION", "user-action-0003")
            .WithHeader("Cookie", "session=abcdef0123456")
            .WithBody("grant_type=client_credentials&client_id=c1&client_secret=form-secret-0004", "application/x-www-form-urlencoded");

        var sent = await transport.SendAsync(request, "setup", CancellationToken.None);

        var recorded = sent.Recorded;
        var everything = string.Join(
            "\n",
            recorded.Request.Url,
            string.Join(",", recorded.Request.Headers),
            recorded.Request.Body,
            string.Join(",", recorded.Response!.Headers),
            recorded.Response.Body,
            CurlCommand.From(recorded));
        Assert.Multiple(() =>
        {
            foreach (var secret in new[] { "issued-token-0001", "profile-secret-42", "bearer-token-0002", "user-action-0003", "abcdef0123456", "form-secret-0004" })
            {
                Assert.That(everything, Does.Not.Contain(secret));
            }

            Assert.That(recorded.Request.Headers, Does.Contain(new KeyValuePair<string, string>("Authorization", "Bearer [REDACTED]")));
            Assert.That(recorded.Json!["access_token"]!.GetValue<string>(), Is.EqualTo("[REDACTED]"));
            Assert.That(recorded.Json!["token_type"]!.GetValue<string>(), Is.EqualTo("Bearer"));
            Assert.That(secrets.Values, Does.Not.Contain("issued-token-0001"), "a field's name alone makes no run-wide secret: the OAuth flow registers the token it asked for");
            Assert.That(sent.RawJson!["access_token"]!.GetValue<string>(), Is.EqualTo("issued-token-0001"));
        });
    }

    [Test]
    public async Task BodyIsCutAtTheCap()
    {
        await using var server = LoopbackServer.Start((r, resp) => LoopbackServer.Write(resp, 200, new string('a', r.Path == "/big" ? 5000 : 1000), "text/plain"));
        using var transport = new RestSharpTransport(server.BaseUrl, new SecretRegistry(), TimeProvider.System, new HttpTransportOptions { MaxResponseBodyBytes = 1000 });

        var big = await transport.SendAsync(OutgoingRequest.Create("GET", "/big"), "s", CancellationToken.None);
        var fits = await transport.SendAsync(OutgoingRequest.Create("GET", "/fits"), "s", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(big.Recorded.Response!.Body, Has.Length.EqualTo(1000));
            Assert.That(big.Recorded.Response.Truncated, Is.True);
            Assert.That(fits.Recorded.Response!.Body, Has.Length.EqualTo(1000));
            Assert.That(fits.Recorded.Response.Truncated, Is.False);
        });
    }

    [Test]
    public async Task TimeoutBecomesATransportError()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        LoopbackServer? hanging = null;
        await using var server = hanging = LoopbackServer.Start(async (r, resp) => await Task.Delay(Timeout.Infinite, hanging!.Stopping));
        using var transport = new RestSharpTransport(server.BaseUrl, new SecretRegistry(), clock);

        var sending = transport.SendAsync(OutgoingRequest.Create("GET", "/slow"), "s", CancellationToken.None);
        Assert.That(await server.Arrived.WaitAsync(TimeSpan.FromSeconds(10)), Is.True);
        clock.Advance(TimeSpan.FromSeconds(31));
        var sent = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Multiple(() =>
        {
            Assert.That(sent.Recorded.Response, Is.Null);
            Assert.That(sent.Recorded.TransportError, Is.EqualTo("timed out after 30 s (the whole exchange, body included)"));
            Assert.That(sent.Recorded.Duration, Is.EqualTo(TimeSpan.FromSeconds(31)));
        });
    }

    [Test]
    public async Task RefusedConnectionBecomesATransportError()
    {
        using var transport = new RestSharpTransport(new Uri($"http://127.0.0.1:{LoopbackServer.FreePort()}/"), new SecretRegistry(), TimeProvider.System);

        var sent = await transport.SendAsync(OutgoingRequest.Create("GET", "/x"), "s", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(sent.Recorded.Response, Is.Null);
            Assert.That(sent.Recorded.TransportError, Does.StartWith("connection failed: "));
            Assert.That(sent.RawJson, Is.Null);
        });
    }

    [Test]
    public async Task RedirectIsRecordedNotFollowed()
    {
        await using var elsewhere = LoopbackServer.Start((r, resp) => LoopbackServer.Write(resp, 200, "{}"));
        await using var server = LoopbackServer.Start((r, resp) =>
        {
            resp.Headers.Add("Location", new Uri(elsewhere.BaseUrl, "steal").AbsoluteUri);
            return LoopbackServer.Write(resp, 302, "");
        });
        using var transport = new RestSharpTransport(server.BaseUrl, new SecretRegistry(), TimeProvider.System);

        var sent = await transport.SendAsync(OutgoingRequest.Create("GET", "/moved").WithHeader("Authorization", "Bearer abcdefgh"), "s", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(sent.Recorded.Status, Is.EqualTo(302));
            Assert.That(sent.Recorded.Response!.Headers.Single(h => h.Key == "Location").Value, Does.EndWith("/steal"));
            Assert.That(elsewhere.Received, Is.Empty);
        });
    }

    [Test]
    public async Task AnotherOriginIsRefused()
    {
        await using var elsewhere = LoopbackServer.Start((r, resp) => LoopbackServer.Write(resp, 200, "{}"));
        using var transport = new RestSharpTransport(new Uri("http://127.0.0.1:1/"), new SecretRegistry(), TimeProvider.System);

        var sent = await transport.SendAsync(OutgoingRequest.Create("GET", new Uri(elsewhere.BaseUrl, "x").AbsoluteUri), "s", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(sent.Recorded.TransportError, Does.StartWith("refused to send to "));
            Assert.That(elsewhere.Received, Is.Empty);
        });
    }

    [Test]
    public async Task CancellationThrows()
    {
        LoopbackServer? hanging = null;
        await using var server = hanging = LoopbackServer.Start(async (r, resp) => await Task.Delay(Timeout.Infinite, hanging!.Stopping));
        using var transport = new RestSharpTransport(server.BaseUrl, new SecretRegistry(), TimeProvider.System);
        using var cancel = new CancellationTokenSource();

        var sending = transport.SendAsync(OutgoingRequest.Create("GET", "/slow"), "s", cancel.Token);
        Assert.That(await server.Arrived.WaitAsync(TimeSpan.FromSeconds(10)), Is.True);
        await cancel.CancelAsync();

        Assert.That(async () => await sending, Throws.InstanceOf<OperationCanceledException>());
    }
}
