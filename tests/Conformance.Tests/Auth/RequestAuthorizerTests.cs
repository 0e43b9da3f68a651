using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Auth;
using Conformance.Configuration;
using Conformance.Http;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Tests.Auth;

/// <summary>The providers that need no round trip: bearer, static header, nonce; and profile gaps.</summary>
[TestFixture]
public sealed class RequestAuthorizerTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static RequestAuthorizer Authorizer(VendorProfile? vendor, SecretRegistry? secrets = null) =>
        new(AuthTestSpec.Document, vendor, new ThrowingTransport(), secrets ?? new SecretRegistry(), new FakeTimeProvider(Now));

    private static Task<AuthorizedRequest> List(RequestAuthorizer authorizer, AuthPlan plan) =>
        authorizer.AuthorizeAsync(AuthTestSpec.Operation("credentials.list"), OutgoingRequest.Create("GET", "/auth/credentials"), plan, CancellationToken.None);

    [Test]
    public async Task ValidPlanFillsEverySchemeAndReturnsTheNonce()
    {
        var secrets = new SecretRegistry();

        var authorized = await List(Authorizer(AuthTestSpec.Vendor(), secrets), AuthPlan.Valid);

        var headers = authorized.Request.Headers;
        var nonce = JsonNode.Parse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(headers["X-DFNS-NONCE"])))!;
        Assert.Multiple(() =>
        {
            Assert.That(authorized.SkipReason, Is.Null);
            Assert.That(authorized.SetupFailure, Is.Null);
            Assert.That(authorized.SetupExchanges, Is.Empty);
            Assert.That(headers["Authorization"], Is.EqualTo("Bearer " + AuthTestSpec.Token));
            Assert.That(headers["X-DFNS-APPID"], Is.EqualTo(AuthTestSpec.AppId));
            Assert.That(authorized.Nonce, Is.EqualTo(headers["X-DFNS-NONCE"]));
            Assert.That(nonce["date"]!.GetValue<string>(), Is.EqualTo("2026-01-02T03:04:05.000Z"));
            Assert.That(authorized.UserActionToken, Is.Null);
            Assert.That(secrets.Values, Does.Contain(AuthTestSpec.Token));
        });
    }

    [Test]
    public void ProfileSecretsAreRegisteredUpFront()
    {
        var (key, _) = TestKeys.Create("ecdsa-p256");
        var secrets = new SecretRegistry();

        _ = Authorizer(AuthTestSpec.Vendor(key), secrets);

        Assert.That(secrets.Values, Does.Contain(AuthTestSpec.Token).And.Contain(AuthTestSpec.ClientSecret).And.Contain(key.PrivateKeyPem));
    }

    [Test]
    public async Task EachRequestGetsAFreshNonce()
    {
        var authorizer = Authorizer(AuthTestSpec.Vendor());

        var first = await List(authorizer, AuthPlan.Valid);
        var second = await List(authorizer, AuthPlan.Valid);

        Assert.That(second.Nonce, Is.Not.EqualTo(first.Nonce));
    }

    [Test]
    public async Task PlanNonceIsSentExactly()
    {
        var authorized = await List(Authorizer(AuthTestSpec.Vendor()), AuthPlan.Valid with { Nonce = "replayed-nonce" });

        Assert.Multiple(() =>
        {
            Assert.That(authorized.Request.Headers["X-DFNS-NONCE"], Is.EqualTo("replayed-nonce"));
            Assert.That(authorized.Nonce, Is.EqualTo("replayed-nonce"));
        });
    }

    [TestCase("bearer", "Authorization")]
    [TestCase("appId", "X-DFNS-APPID")]
    [TestCase("nonce", "X-DFNS-NONCE")]
    public async Task OmittedSchemeIsLeftOut(string scheme, string header)
    {
        var request = OutgoingRequest.Create("GET", "/auth/credentials").WithHeader(header, "preset");

        var authorized = await Authorizer(AuthTestSpec.Vendor()).AuthorizeAsync(
            AuthTestSpec.Operation("credentials.list"), request, AuthPlan.Valid with { Omit = new HashSet<string> { scheme } }, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(authorized.Request.Headers.ContainsKey(header), Is.False);
            Assert.That(authorized.Request.Headers, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task ForgedBearerHasTheShapeButNotTheValue()
    {
        var authorized = await List(Authorizer(AuthTestSpec.Vendor()), AuthPlan.Valid with { Forge = new HashSet<string> { "bearer", "appId" } });

        var bearer = authorized.Request.Headers["Authorization"];
        var appId = authorized.Request.Headers["X-DFNS-APPID"];
        Assert.Multiple(() =>
        {
            Assert.That(bearer, Does.StartWith("Bearer ").And.Not.EqualTo("Bearer " + AuthTestSpec.Token));
            Assert.That(bearer, Has.Length.EqualTo(("Bearer " + AuthTestSpec.Token).Length));
            Assert.That(bearer, Does.Match("^Bearer [a-z]+-[a-z]+-[a-z]+-[0-9]{4}$"));
            Assert.That(appId, Is.Not.EqualTo(AuthTestSpec.AppId).And.Match("^[a-z]{2}-[a-z]{4}-[a-z]{3}-[a-z]{2}$"));
        });
    }

    [Test]
    public async Task ForgedJwtKeepsItsHeaderSegment()
    {
        const string jwt = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1cy0xIn0.c2lnbmF0dXJlLWJ5dGVz";

        var authorized = await List(Authorizer(AuthTestSpec.Vendor(token: jwt)), AuthPlan.Valid with { Forge = new HashSet<string> { "bearer" } });

        var forged = authorized.Request.Headers["Authorization"]["Bearer ".Length..].Split('.');
        Assert.Multiple(() =>
        {
            Assert.That(forged[0], Is.EqualTo("eyJhbGciOiJFUzI1NiJ9"));
            Assert.That(forged[1], Has.Length.EqualTo("eyJzdWIiOiJ1cy0xIn0".Length).And.Not.EqualTo("eyJzdWIiOiJ1cy0xIn0"));
            Assert.That(forged[2], Is.Not.EqualTo("c2lnbmF0dXJlLWJ5dGVz"));
        });
    }

    [Test]
    public async Task MissingIdentityIsASkipNamingIt()
    {
        var authorized = await List(Authorizer(AuthTestSpec.Vendor()), AuthPlan.Valid with { Identity = "unprivileged" });

        Assert.That(authorized.SkipReason, Is.EqualTo("profile has no identity 'unprivileged' for vendor 'test'"));
    }

    [Test]
    public async Task MissingVendorSectionIsASkip()
    {
        var authorized = await List(Authorizer(null), AuthPlan.Valid);

        Assert.That(authorized.SkipReason, Is.EqualTo("profile has no identity 'privileged' for vendor 'test'"));
    }

    [Test]
    public async Task MissingTokenIsASkipNamingTheField()
    {
        var authorized = await List(Authorizer(AuthTestSpec.Vendor(token: null)), AuthPlan.Valid);

        Assert.That(authorized.SkipReason, Is.EqualTo("profile identity 'privileged' of vendor 'test' has no token (vendors.test.identities.privileged.token)"));
    }

    [Test]
    public async Task MissingSettingIsASkipNamingIt()
    {
        var authorized = await List(Authorizer(AuthTestSpec.Vendor(settings: new Dictionary<string, string>())), AuthPlan.Valid);

        Assert.That(authorized.SkipReason, Is.EqualTo("profile has no setting 'appId' for vendor 'test' (vendors.test.settings.appId)"));
    }

    [Test]
    public async Task StaticValuesGoToQueryAndCookieAsTheSchemeSays()
    {
        var fields = new Dictionary<string, string> { ["queryKey"] = "query key/1", ["sessionCookie"] = "cookie-value-1" };
        var secrets = new SecretRegistry();
        var request = OutgoingRequest.Create("GET", "/keyed?x=1").WithHeader("Cookie", "other=1");

        var authorized = await Authorizer(AuthTestSpec.Vendor(fields: fields), secrets).AuthorizeAsync(
            AuthTestSpec.Operation("keyed.get"), request, AuthPlan.Valid, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(authorized.Request.PathAndQuery, Is.EqualTo("/keyed?x=1&api_key=query%20key%2F1"));
            Assert.That(authorized.Request.Headers["Cookie"], Is.EqualTo("other=1; session=cookie-value-1"));
            Assert.That(secrets.Values, Does.Contain("query key/1").And.Contain("cookie-value-1"), "identity values are secrets");
        });
    }

    [Test]
    public async Task OperationWithoutSecurityIsUnchanged()
    {
        var request = OutgoingRequest.Create("GET", "/public");

        var authorized = await Authorizer(null).AuthorizeAsync(AuthTestSpec.Operation("public.get"), request, AuthPlan.Valid, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(authorized.Request, Is.SameAs(request));
            Assert.That(authorized.SkipReason, Is.Null);
        });
    }
}
