using Conformance.Auth;
using Conformance.Http;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Tests.Auth;

/// <summary>OAuth 2.0 client credentials: token requests, caching on a fake clock, renewal, failures.</summary>
[TestFixture]
public sealed class OAuthClientCredentialsTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 6, 7, 8, 9, TimeSpan.Zero);

    private static (RequestAuthorizer Authorizer, RestSharpTransport Transport, SecretRegistry Secrets) Create(
        FakeTokenServer fake, TimeProvider clock, string? clientSecret = AuthTestSpec.ClientSecret)
    {
        var secrets = new SecretRegistry();
        var transport = new RestSharpTransport(fake.Server.BaseUrl, secrets, clock);
        var authorizer = new RequestAuthorizer(AuthTestSpec.Document, AuthTestSpec.Vendor(clientSecret: clientSecret), transport, secrets, clock);
        return (authorizer, transport, secrets);
    }

    private static Task<AuthorizedRequest> Enable(RequestAuthorizer authorizer, AuthPlan? plan = null) =>
        authorizer.AuthorizeAsync(AuthTestSpec.Operation("credentials.enable"), OutgoingRequest.Create("PUT", "/api/pam/credential/11"), plan ?? AuthPlan.Valid, CancellationToken.None);

    [Test]
    public async Task TokenIsRequestedWithBodyClientAuthAndRecordedRedacted()
    {
        await using var fake = new FakeTokenServer();
        var (authorizer, transport, secrets) = Create(fake, TimeProvider.System);
        using var _ = transport;

        var authorized = await Enable(authorizer);

        var exchange = authorized.SetupExchanges.Single();
        var received = fake.Server.Received.Single();
        Assert.Multiple(() =>
        {
            Assert.That(authorized.Request.Headers["Authorization"], Is.EqualTo("Bearer tok-1-0123456789"));
            Assert.That(received.Body, Is.EqualTo($"grant_type=client_credentials&client_id={AuthTestSpec.ClientId}&client_secret={AuthTestSpec.ClientSecret}"));
            Assert.That(received.Header("Authorization"), Is.Null);
            Assert.That(exchange.Label, Is.EqualTo("setup: oauth2 token"));
            Assert.That(exchange.Request.Body, Does.Not.Contain(AuthTestSpec.ClientSecret));
            Assert.That(exchange.Response!.Body, Does.Not.Contain("tok-1"));
            Assert.That(CurlCommand.From(exchange), Does.Not.Contain(AuthTestSpec.ClientSecret));
            Assert.That(secrets.Values, Does.Contain("tok-1-0123456789").And.Contain(AuthTestSpec.ClientSecret));
        });
    }

    [Test]
    public async Task AThrottledTokenRequestIsRetriedAndEveryTryRecorded()
    {
        await using var fake = new FakeTokenServer { ThrottleNext = 2 };
        var (authorizer, transport, _) = Create(fake, TimeProvider.System);
        using var _ = transport;

        var authorized = await Enable(authorizer);

        Assert.Multiple(() =>
        {
            Assert.That(authorized.Request.Headers["Authorization"], Is.EqualTo("Bearer tok-1-0123456789"));
            Assert.That(fake.TokenRequests, Is.EqualTo(3));
            Assert.That(authorized.SetupExchanges.Select(e => e.Status), Is.EqualTo(new int?[] { 429, 429, 200 }));
        });
    }

    [Test]
    public async Task AlwaysThrottledTokenRequestsStopAfterTheBoundAndSaySo()
    {
        await using var fake = new FakeTokenServer { ThrottleNext = 100 };
        var (authorizer, transport, _) = Create(fake, TimeProvider.System);
        using var _ = transport;

        var authorized = await Enable(authorizer);

        Assert.Multiple(() =>
        {
            Assert.That(fake.TokenRequests, Is.EqualTo(1 + EngineRetry.MaxRetries));
            Assert.That(authorized.SetupFailure, Is.EqualTo($"oauth2 token request failed: POST /iso/oauth2/token answered 429 ({1 + EngineRetry.MaxRetries} tries)"));
        });
    }

    [Test]
    public async Task BasicOnlySchemeUsesHttpBasicAndTheTargetsHost()
    {
        await using var fake = new FakeTokenServer();
        var (authorizer, transport, _) = Create(fake, TimeProvider.System);
        using var _ = transport;

        // The scheme's tokenUrl names https://idp.example; only its path is used, on the target.
        var authorized = await authorizer.AuthorizeAsync(
            AuthTestSpec.Operation("credentials.get"), OutgoingRequest.Create("GET", "/api/pam/credential/11"), AuthPlan.Valid, CancellationToken.None);

        var received = fake.Server.Received.Single();
        Assert.Multiple(() =>
        {
            Assert.That(authorized.SetupFailure, Is.Null);
            Assert.That(received.Body, Is.EqualTo("grant_type=client_credentials"));
            Assert.That(received.Header("Authorization"), Does.StartWith("Basic "));
            Assert.That(authorized.SetupExchanges.Single().Request.Headers, Does.Contain(new KeyValuePair<string, string>("Authorization", "Basic [REDACTED]")));
        });
    }

    [Test]
    public async Task TokenIsCachedUntilExpiryMinusMarginThenRenewed()
    {
        await using var fake = new FakeTokenServer();
        var clock = new FakeTimeProvider(Start);
        var (authorizer, transport, _) = Create(fake, clock);
        using var _ = transport;

        var first = await Enable(authorizer);
        clock.Advance(TimeSpan.FromSeconds(3600 - 60 - 1));
        var cached = await Enable(authorizer);
        clock.Advance(TimeSpan.FromSeconds(2));
        var renewed = await Enable(authorizer);

        Assert.Multiple(() =>
        {
            Assert.That(first.SetupExchanges, Has.Count.EqualTo(1));
            Assert.That(cached.SetupExchanges, Is.Empty);
            Assert.That(cached.Request.Headers["Authorization"], Is.EqualTo("Bearer tok-1-0123456789"));
            Assert.That(renewed.SetupExchanges, Has.Count.EqualTo(1));
            Assert.That(renewed.Request.Headers["Authorization"], Is.EqualTo("Bearer tok-2-0123456789"));
            Assert.That(fake.TokenRequests, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task UnauthorizedDropsTheCachedToken()
    {
        await using var fake = new FakeTokenServer();
        var (authorizer, transport, _) = Create(fake, new FakeTimeProvider(Start));
        using var _ = transport;
        var first = await Enable(authorizer);
        var refused = (await transport.SendAsync(OutgoingRequest.Create("GET", "/x").WithHeader("Authorization", "Bearer expired"), "stimulus", CancellationToken.None)).Recorded;

        var dropped = authorizer.InvalidateOnUnauthorized(refused, AuthPlan.Valid);
        var next = await Enable(authorizer);

        Assert.Multiple(() =>
        {
            Assert.That(refused.Status, Is.EqualTo(401));
            Assert.That(dropped, Is.True);
            Assert.That(next.Request.Headers["Authorization"], Is.Not.EqualTo(first.Request.Headers["Authorization"]));
            Assert.That(fake.TokenRequests, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task ConcurrentRequestsShareOneTokenRequest()
    {
        await using var fake = new FakeTokenServer();
        var (authorizer, transport, _) = Create(fake, new FakeTimeProvider(Start));
        using var _ = transport;

        var all = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Enable(authorizer)));

        Assert.Multiple(() =>
        {
            Assert.That(fake.TokenRequests, Is.EqualTo(1));
            Assert.That(all.Select(a => a.Request.Headers["Authorization"]).Distinct().Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task RefusedTokenRequestIsASetupFailure()
    {
        await using var fake = new FakeTokenServer { TokenStatusOverride = 401 };
        var (authorizer, transport, _) = Create(fake, TimeProvider.System);
        using var _ = transport;

        var authorized = await Enable(authorizer);

        Assert.Multiple(() =>
        {
            Assert.That(authorized.SetupFailure, Is.EqualTo("oauth2 token request failed: POST /iso/oauth2/token answered 401"));
            Assert.That(authorized.SetupExchanges.Single().Status, Is.EqualTo(401));
        });
    }

    [Test]
    public async Task OmittedSendsNoAuthorizationAndRequestsNoToken()
    {
        await using var fake = new FakeTokenServer();
        var (authorizer, transport, _) = Create(fake, TimeProvider.System);
        using var _ = transport;

        var authorized = await Enable(authorizer, AuthPlan.Valid with { Omit = new HashSet<string> { "oauth2" } });

        Assert.Multiple(() =>
        {
            Assert.That(authorized.Request.Headers.ContainsKey("Authorization"), Is.False);
            Assert.That(fake.TokenRequests, Is.Zero);
        });
    }

    [Test]
    public async Task ForgedIsARandomBearerWithoutATokenRequest()
    {
        await using var fake = new FakeTokenServer();
        var (authorizer, transport, _) = Create(fake, TimeProvider.System);
        using var _ = transport;

        var authorized = await Enable(authorizer, AuthPlan.Valid with { Forge = new HashSet<string> { "oauth2" } });

        Assert.Multiple(() =>
        {
            Assert.That(authorized.Request.Headers["Authorization"], Does.StartWith("Bearer eyJ"));
            Assert.That(fake.TokenRequests, Is.Zero);
        });
    }

    [Test]
    public async Task MissingClientSecretIsASkip()
    {
        await using var fake = new FakeTokenServer();
        var (authorizer, transport, _) = Create(fake, TimeProvider.System, clientSecret: null);
        using var _ = transport;

        var authorized = await Enable(authorizer);

        Assert.Multiple(() =>
        {
            Assert.That(authorized.SkipReason, Is.EqualTo("profile identity 'privileged' of vendor 'test' has no clientSecret (vendors.test.identities.privileged.clientSecret)"));
            Assert.That(fake.TokenRequests, Is.Zero);
        });
    }
}
