using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Dfns;

/// <summary>Bearer and app id: 401 {"error":{"message":"Not Authorized."}} (seed 004; D1, D8, D9).</summary>
[TestFixture]
internal sealed class DfnsAuthTests
{
    private TestTarget _target = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _target = await TestTarget.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _target.DisposeAsync();

    private static DfnsCall Activate(string id) => new("PUT", DfnsTestClient.ActivatePath, DfnsTestClient.CredentialBody(id));

    [Test]
    public async Task Missing_bearer_is_401()
    {
        var reply = await _target.Dfns.SendAsync(Activate(_target.Profile.DfnsCredential(true).Id) with { Bearer = "" });
        AssertNotAuthorized(reply);
    }

    [Test]
    public async Task Invalid_bearer_is_401()
    {
        var reply = await _target.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { Bearer = "forged-token" });
        AssertNotAuthorized(reply);
    }

    [Test]
    public async Task The_curl_samples_Authoriztion_typo_is_not_a_bearer()
    {
        var token = _target.Profile.DfnsIdentities["privileged"].Token;
        var reply = await _target.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials")
        {
            Bearer = "",
            Headers = new Dictionary<string, string> { ["Authoriztion"] = $"Bearer {token}" },
        });
        AssertNotAuthorized(reply);
    }

    [TestCase("")]
    [TestCase("ap-00000-00000-0000000000000000")]
    public async Task Missing_or_unknown_app_id_is_401(string appId)
    {
        var reply = await _target.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { AppId = appId });
        AssertNotAuthorized(reply);
    }

    [Test]
    public async Task Valid_headers_list_the_callers_credentials_separately_from_its_signing_key()
    {
        var reply = await _target.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials"));
        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
        var items = reply.Json.GetProperty("items").EnumerateArray().ToList();
        var signingId = _target.Profile.DfnsIdentities["privileged"].CredentialId;
        var signing = items.Single(i => i.GetProperty("credentialId").GetString() == signingId);
        Assert.Multiple(() =>
        {
            Assert.That(items, Has.Count.EqualTo(7), "signing credential + 6 fixtures");
            Assert.That(_target.Profile.DfnsCredentials.Select(c => c.Id), Does.Not.Contain(signing.GetProperty("credentialUuid").GetString()));
            Assert.That(items.Select(i => i.GetProperty("credentialUuid").GetString()), Is.SupersetOf(_target.Profile.DfnsCredentials.Select(c => c.Id)));
        });
    }

    internal static void AssertNotAuthorized(Reply reply)
    {
        Assert.Multiple(() =>
        {
            Assert.That(reply.Code, Is.EqualTo(401), reply.ToString());
            Assert.That(reply.ErrorMessage, Is.EqualTo("Not Authorized."));
        });
    }
}
