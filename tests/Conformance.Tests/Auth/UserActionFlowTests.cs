using System.Text.Json.Nodes;
using Conformance.Auth;
using Conformance.Configuration;
using Conformance.Http;

namespace Conformance.Tests.Auth;

/// <summary>User action signing end to end against <see cref="FakeUserActionServer"/>, which verifies the signature.</summary>
[TestFixture]
public sealed class UserActionFlowTests
{
    private const string Body = "{\"credentialUuid\":\"cr-aaaaa-1\"}";

    private static readonly OutgoingRequest Activate =
        OutgoingRequest.Create("PUT", "/auth/credentials/activate").WithBody(Body, "application/json");

    private static async Task<(AuthorizedRequest Result, SecretRegistry Secrets)> Authorize(
        FakeUserActionServer fake, SigningKey? key, AuthPlan plan, OutgoingRequest? request = null)
    {
        var secrets = new SecretRegistry();
        using var transport = new RestSharpTransport(fake.Server.BaseUrl, secrets, TimeProvider.System);
        var authorizer = new RequestAuthorizer(AuthTestSpec.Document, AuthTestSpec.Vendor(key), transport, secrets, TimeProvider.System);
        var result = await authorizer.AuthorizeAsync(AuthTestSpec.Operation("credentials.activate"), request ?? Activate, plan, CancellationToken.None);
        return (result, secrets);
    }

    [TestCase("ecdsa-p256")]
    [TestCase("ed25519")]
    [TestCase("rsa-pkcs1-sha256")]
    public async Task SignsTheChallengeAndSendsTheToken(string algorithm)
    {
        var (key, verify) = TestKeys.Create(algorithm);
        await using var fake = new FakeUserActionServer(verify);

        var (authorized, secrets) = await Authorize(fake, key, AuthPlan.Valid);

        var token = fake.Issued.Single();
        var binding = fake.InitBodies.Single();
        var setup = authorized.SetupExchanges;
        Assert.Multiple(() =>
        {
            Assert.That(authorized.SetupFailure, Is.Null);
            Assert.That(authorized.SkipReason, Is.Null);
            Assert.That(authorized.Request.Headers["X-DFNS-USERACTION"], Is.EqualTo(token));
            Assert.That(authorized.UserActionToken, Is.EqualTo(token));
            Assert.That(authorized.Request.Headers["Authorization"], Is.EqualTo("Bearer " + AuthTestSpec.Token));
            Assert.That(binding.ToJsonString(), Is.EqualTo(new JsonObject
            {
                ["userActionHttpMethod"] = "PUT",
                ["userActionHttpPath"] = "/auth/credentials/activate",
                ["userActionPayload"] = Body,
                ["userActionServerKind"] = "Api",
            }.ToJsonString()));
            Assert.That(setup.Select(e => e.Label), Is.EqualTo(new[] { "setup: user action init", "setup: user action complete" }));
            Assert.That(setup.Select(e => e.Status), Is.EqualTo(new int?[] { 200, 200 }));
            Assert.That(secrets.Values, Does.Contain(token));
            Assert.That(setup[1].Response!.Body, Does.Not.Contain(token).And.Contain("[REDACTED]"));
        });
    }

    [Test]
    public async Task SetupRequestsCarryTheirOwnFreshNonces()
    {
        var (key, verify) = TestKeys.Create("ecdsa-p256");
        await using var fake = new FakeUserActionServer(verify);

        var (authorized, _) = await Authorize(fake, key, AuthPlan.Valid with { Nonce = "scenario-nonce" });

        var setupNonces = fake.Server.Received.Select(r => r.Header("X-DFNS-NONCE")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(authorized.Request.Headers["X-DFNS-NONCE"], Is.EqualTo("scenario-nonce"));
            Assert.That(setupNonces, Has.Count.EqualTo(2).And.None.EqualTo("scenario-nonce"));
            Assert.That(setupNonces.Distinct().Count(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task UserActionForSignsAnotherBinding()
    {
        var (key, verify) = TestKeys.Create("ecdsa-p256");
        await using var fake = new FakeUserActionServer(verify);
        var other = new UserActionBinding("PUT", "/auth/credentials/deactivate", Body);

        var (authorized, _) = await Authorize(fake, key, AuthPlan.Valid with { UserActionFor = other });

        var binding = fake.InitBodies.Single();
        Assert.Multiple(() =>
        {
            Assert.That(binding["userActionHttpPath"]!.GetValue<string>(), Is.EqualTo("/auth/credentials/deactivate"));
            Assert.That(authorized.Request.PathAndQuery, Is.EqualTo("/auth/credentials/activate"));
            Assert.That(authorized.Request.Headers["X-DFNS-USERACTION"], Is.EqualTo(fake.Issued.Single()));
        });
    }

    [Test]
    public async Task ReusedTokenIsSentWithoutSigning()
    {
        var (key, verify) = TestKeys.Create("ecdsa-p256");
        await using var fake = new FakeUserActionServer(verify);

        var (authorized, _) = await Authorize(fake, key, AuthPlan.Valid with { UserActionToken = "ua-used-once" });

        Assert.Multiple(() =>
        {
            Assert.That(authorized.Request.Headers["X-DFNS-USERACTION"], Is.EqualTo("ua-used-once"));
            Assert.That(authorized.SetupExchanges, Is.Empty);
            Assert.That(fake.Server.Received, Is.Empty);
        });
    }

    [Test]
    public async Task ForgedTokenIsRandomAndNeedsNoSigning()
    {
        await using var fake = new FakeUserActionServer((_, _) => true);

        var (authorized, _) = await Authorize(fake, null, AuthPlan.Valid with { Forge = new HashSet<string> { "userAction" } });

        Assert.Multiple(() =>
        {
            Assert.That(authorized.Request.Headers["X-DFNS-USERACTION"].Split('.'), Has.Length.EqualTo(3));
            Assert.That(authorized.SetupExchanges, Is.Empty);
            Assert.That(fake.Server.Received, Is.Empty);
        });
    }

    [Test]
    public async Task OmittedTokenIsAbsent()
    {
        await using var fake = new FakeUserActionServer((_, _) => true);

        var (authorized, _) = await Authorize(fake, null, AuthPlan.Valid with { Omit = new HashSet<string> { "userAction" } });

        Assert.Multiple(() =>
        {
            Assert.That(authorized.Request.Headers.ContainsKey("X-DFNS-USERACTION"), Is.False);
            Assert.That(authorized.Request.Headers.ContainsKey("Authorization"), Is.True);
            Assert.That(fake.Server.Received, Is.Empty);
        });
    }

    [Test]
    public async Task RefusedCompleteIsASetupFailureWithTheExchangesKept()
    {
        var (key, verify) = TestKeys.Create("ed25519");
        await using var fake = new FakeUserActionServer(verify) { CompleteStatusOverride = 401 };

        var (authorized, _) = await Authorize(fake, key, AuthPlan.Valid);

        Assert.Multiple(() =>
        {
            Assert.That(authorized.SetupFailure, Is.EqualTo("user action signing failed: POST /auth/action answered 401"));
            Assert.That(authorized.SkipReason, Is.Null);
            Assert.That(authorized.SetupExchanges.Select(e => e.Status), Is.EqualTo(new int?[] { 200, 401 }));
        });
    }

    [Test]
    public async Task BadSignatureIsASetupFailure()
    {
        var (key, _) = TestKeys.Create("ecdsa-p256");
        var (_, otherVerify) = TestKeys.Create("ecdsa-p256");
        await using var fake = new FakeUserActionServer(otherVerify);

        var (authorized, _) = await Authorize(fake, key, AuthPlan.Valid);

        Assert.That(authorized.SetupFailure, Is.EqualTo("user action signing failed: POST /auth/action answered 400"));
    }

    [Test]
    public async Task CredentialNotAllowedByTheChallengeIsASetupFailure()
    {
        var (key, verify) = TestKeys.Create("ecdsa-p256");
        await using var fake = new FakeUserActionServer(verify) { AllowedCredentials = ["another-credential"] };

        var (authorized, _) = await Authorize(fake, key, AuthPlan.Valid);

        Assert.Multiple(() =>
        {
            Assert.That(authorized.SetupFailure, Is.EqualTo($"user action signing failed: credential '{TestKeys.CredentialId}' of identity 'privileged' is not in the challenge's allowCredentials.key"));
            Assert.That(authorized.SetupExchanges, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task MissingSigningKeyIsASkipBeforeAnyRequest()
    {
        await using var fake = new FakeUserActionServer((_, _) => true);

        var (authorized, _) = await Authorize(fake, null, AuthPlan.Valid);

        Assert.Multiple(() =>
        {
            Assert.That(authorized.SkipReason, Is.EqualTo("profile identity 'privileged' of vendor 'test' has no signingKey (vendors.test.identities.privileged.signingKey)"));
            Assert.That(fake.Server.Received, Is.Empty);
        });
    }

    [Test]
    public async Task UnreachableTargetIsASetupFailure()
    {
        var (key, _) = TestKeys.Create("ecdsa-p256");
        var secrets = new SecretRegistry();
        using var transport = new RestSharpTransport(new Uri($"http://127.0.0.1:{Http.LoopbackServer.FreePort()}/"), secrets, TimeProvider.System);
        var authorizer = new RequestAuthorizer(AuthTestSpec.Document, AuthTestSpec.Vendor(key), transport, secrets, TimeProvider.System);

        var authorized = await authorizer.AuthorizeAsync(AuthTestSpec.Operation("credentials.activate"), Activate, AuthPlan.Valid, CancellationToken.None);

        Assert.That(authorized.SetupFailure, Does.StartWith("user action signing failed: POST /auth/action/init: connection failed: "));
    }
}
