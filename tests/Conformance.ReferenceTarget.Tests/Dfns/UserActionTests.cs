using System.Text;
using System.Text.Json.Nodes;
using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Dfns;

/// <summary>User action signing (dfns-facts §2; D7, D13, D17).</summary>
[TestFixture]
internal sealed class UserActionTests
{
    private const string Invalid = "user action signature is missing or invalid";
    private TestTarget _target = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _target = await TestTarget.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _target.DisposeAsync();

    private DfnsTestClient Dfns => _target.Dfns;

    private string ActiveId => _target.Profile.DfnsCredential(true).Id;

    [Test]
    public async Task Init_answers_the_documented_challenge_listing_the_callers_signing_credential()
    {
        var reply = await Dfns.InitAsync("privileged", "PUT", DfnsTestClient.ActivatePath, DfnsTestClient.CredentialBody(ActiveId));
        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
        var body = reply.Json;
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("challenge").GetString(), Is.Not.Empty);
            Assert.That(body.GetProperty("challengeIdentifier").GetString(), Is.Not.Empty);
            Assert.That(body.GetProperty("supportedCredentialKinds")[0].GetProperty("kind").GetString(), Is.EqualTo("Key"));
            Assert.That(body.GetProperty("userVerification").GetString(), Is.EqualTo("required"));
            Assert.That(body.GetProperty("attestation").GetString(), Is.EqualTo("direct"));
            Assert.That(body.GetProperty("externalAuthenticationUrl").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.String));
            Assert.That(body.GetProperty("allowCredentials").GetProperty("webauthn").GetArrayLength(), Is.Zero);
            var key = body.GetProperty("allowCredentials").GetProperty("key")[0];
            Assert.That(key.GetProperty("type").GetString(), Is.EqualTo("public-key"));
            Assert.That(key.GetProperty("id").GetString(), Is.EqualTo(_target.Profile.DfnsIdentities["privileged"].CredentialId));
        });
    }

    [TestCase("privileged")]
    [TestCase("unprivileged")]
    [TestCase("service-account")]
    public async Task Each_identitys_algorithm_is_verified(string identity)
    {
        var token = await Dfns.UserActionAsync("PUT", DfnsTestClient.UsersActivatePath, DfnsTestClient.UserBody("x"), identity);
        Assert.That(token, Is.Not.Empty);
    }

    [Test]
    public void The_three_identities_use_three_algorithms()
    {
        var algorithms = _target.Profile.DfnsIdentities.ToDictionary(p => p.Key, p => p.Value.Algorithm);
        Assert.That(algorithms, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["privileged"] = "ecdsa-p256",
            ["unprivileged"] = "ed25519",
            ["service-account"] = "rsa-pkcs1-sha256",
        }));
    }

    [TestCase("ed25519")]
    [TestCase("rsa-pkcs1-sha256")]
    public async Task The_privileged_key_algorithm_can_be_chosen(string algorithm)
    {
        await using var target = await TestTarget.StartAsync(new ReferenceTargetOptions { DfnsKeyAlgorithm = algorithm });
        Assert.That(target.Profile.DfnsIdentities["privileged"].Algorithm, Is.EqualTo(algorithm));
        var id = target.Profile.DfnsCredential(false).Id;
        var reply = await target.Dfns.SetCredentialAsync(id, activate: true);
        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
        Assert.That(await target.Dfns.CredentialActiveAsync(id), Is.True);
    }

    [Test]
    public async Task ClientData_with_origin_and_another_key_order_is_accepted()
    {
        var key = _target.Profile.DfnsIdentities["privileged"];
        var init = await Dfns.InitAsync("privileged", "PUT", DfnsTestClient.ActivatePath, "{}");
        var challenge = init.Json.GetProperty("challenge").GetString();
        var clientData = Encoding.UTF8.GetBytes($"{{\"challenge\":\"{challenge}\",\"crossOrigin\":false,\"origin\":\"https://app.dfns.io\",\"type\":\"key.get\"}}");
        var reply = await Complete(init, key.CredentialId, clientData, TestSigner.Sign(key.Algorithm, key.PrivateKeyPem, clientData));
        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
    }

    [Test]
    public async Task A_bad_signature_is_refused()
    {
        var init = await Dfns.InitAsync("privileged", "PUT", DfnsTestClient.ActivatePath, "{}");
        var reply = await Dfns.CompleteAsync("privileged", init.Json, sig => { sig[^1] ^= 0x5a; return sig; });
        DfnsNonceTests.AssertError(reply, 401, "Not Authorized.");
    }

    [Test]
    public async Task A_signature_over_another_challenge_or_type_is_refused()
    {
        var key = _target.Profile.DfnsIdentities["privileged"];
        var init = await Dfns.InitAsync("privileged", "PUT", DfnsTestClient.ActivatePath, "{}");
        var clientData = Encoding.UTF8.GetBytes("{\"type\":\"key.create\",\"challenge\":\"" + init.Json.GetProperty("challenge").GetString() + "\"}");
        var reply = await Complete(init, key.CredentialId, clientData, TestSigner.Sign(key.Algorithm, key.PrivateKeyPem, clientData));
        Assert.That(reply.Code, Is.EqualTo(401), reply.ToString());
    }

    [Test]
    public async Task A_challenge_is_one_time_and_belongs_to_its_caller()
    {
        var init = await Dfns.InitAsync("privileged", "PUT", DfnsTestClient.ActivatePath, "{}");
        var stolen = await Dfns.CompleteAsync("unprivileged", init.Json);
        var first = await Dfns.CompleteAsync("privileged", init.Json);
        DfnsNonceTests.AssertError(stolen, 400, "Challenge token is not valid.");
        DfnsNonceTests.AssertError(first, 400, "Challenge token is not valid.");

        var fresh = await Dfns.InitAsync("privileged", "PUT", DfnsTestClient.ActivatePath, "{}");
        var ok = await Dfns.CompleteAsync("privileged", fresh.Json);
        var again = await Dfns.CompleteAsync("privileged", fresh.Json);
        Assert.That(ok.Code, Is.EqualTo(200), ok.ToString());
        DfnsNonceTests.AssertError(again, 400, "Challenge token is not valid.");
    }

    [Test]
    public async Task Missing_user_action_is_403()
    {
        var reply = await Dfns.SendAsync(new DfnsCall("PUT", DfnsTestClient.ActivatePath, DfnsTestClient.CredentialBody(ActiveId)));
        DfnsNonceTests.AssertError(reply, 403, Invalid);
    }

    [Test]
    public async Task Forged_user_action_is_403()
    {
        var reply = await Dfns.SendAsync(new DfnsCall("PUT", DfnsTestClient.ActivatePath, DfnsTestClient.CredentialBody(ActiveId)) { UserAction = "eyJ0eXAiOiJKV1QifQ.forged.sig" });
        DfnsNonceTests.AssertError(reply, 403, Invalid);
    }

    [Test]
    public async Task Reused_user_action_is_400()
    {
        var body = DfnsTestClient.CredentialBody(ActiveId);
        var token = await Dfns.UserActionAsync("PUT", DfnsTestClient.ActivatePath, body);
        var first = await Dfns.SendAsync(new DfnsCall("PUT", DfnsTestClient.ActivatePath, body) { UserAction = token });
        var second = await Dfns.SendAsync(new DfnsCall("PUT", DfnsTestClient.ActivatePath, body) { UserAction = token });
        Assert.That(first.Code, Is.EqualTo(200), first.ToString());
        DfnsNonceTests.AssertError(second, 400, "user action has already been used");
    }

    [TestCase("PUT", DfnsTestClient.ActivatePath, "other")]
    [TestCase("PUT", DfnsTestClient.DeactivatePath, "same")]
    [TestCase("POST", DfnsTestClient.ActivatePath, "same")]
    public async Task A_token_for_another_method_path_or_payload_is_403(string method, string path, string payloadKind)
    {
        var body = DfnsTestClient.CredentialBody(ActiveId);
        var signedBody = payloadKind == "same" ? body : DfnsTestClient.CredentialBody(_target.Profile.DfnsCredential(true, 1).Id);
        var token = await Dfns.UserActionAsync(method, path, signedBody);
        var reply = await Dfns.SendAsync(new DfnsCall("PUT", DfnsTestClient.ActivatePath, body) { UserAction = token });
        DfnsNonceTests.AssertError(reply, 403, Invalid);
    }

    [Test]
    public async Task A_token_issued_to_another_user_is_403()
    {
        var body = DfnsTestClient.CredentialBody(ActiveId);
        var token = await Dfns.UserActionAsync("PUT", DfnsTestClient.ActivatePath, body, "unprivileged");
        var reply = await Dfns.SendAsync(new DfnsCall("PUT", DfnsTestClient.ActivatePath, body) { UserAction = token });
        DfnsNonceTests.AssertError(reply, 403, Invalid);
    }

    [Test]
    public async Task The_payload_is_bound_as_the_exact_body_string()
    {
        // Same JSON value, different text: the documents bind the payload string (D7).
        var token = await Dfns.UserActionAsync("PUT", DfnsTestClient.ActivatePath, DfnsTestClient.CredentialBody(ActiveId));
        var spaced = $"{{ \"credentialUuid\": \"{ActiveId}\" }}";
        var reply = await Dfns.SendAsync(new DfnsCall("PUT", DfnsTestClient.ActivatePath, spaced) { UserAction = token });
        DfnsNonceTests.AssertError(reply, 403, Invalid);
    }

    private Task<Reply> Complete(Reply init, string credId, byte[] clientData, byte[] signature) =>
        Dfns.SendAsync(new DfnsCall("POST", "/auth/action", DfnsTestClient.Json(new JsonObject
        {
            ["challengeIdentifier"] = init.Json.GetProperty("challengeIdentifier").GetString(),
            ["firstFactor"] = new JsonObject
            {
                ["kind"] = "Key",
                ["credentialAssertion"] = new JsonObject
                {
                    ["credId"] = credId,
                    ["clientData"] = TestNonce.Base64Url(clientData),
                    ["signature"] = TestNonce.Base64Url(signature),
                },
            },
        })));
}
