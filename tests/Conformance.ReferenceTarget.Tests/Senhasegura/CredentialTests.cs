using System.Text.Json;
using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Senhasegura;

/// <summary>Enable / disable / reads of /api/pam/credential (seed 001, senhasegura-facts §3–4; S1–S13).</summary>
[TestFixture]
internal sealed class CredentialTests
{
    private TestTarget _target = null!;

    [SetUp]
    public async Task StartAsync() => _target = await TestTarget.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _target.DisposeAsync();

    private SenhaTestClient Senha => _target.Senha;

    private TestProfile Profile => _target.Profile;

    [Test]
    public async Task Disable_then_enable_is_seen_by_the_read_and_nothing_else_changes()
    {
        var id = Profile.SenhaCredential(true).Id;
        var others = Profile.SenhaCredentials.Where(c => c.Id != id).ToList();

        Envelope.AssertSuccess(await Senha.DisableAsync(id), "Credential successfully deactivated");
        Assert.That(await Senha.IsActiveAsync(id), Is.False);
        foreach (var other in others)
        {
            Assert.That(await Senha.IsActiveAsync(other.Id), Is.EqualTo(other.IsActive), other.Id);
        }

        Envelope.AssertSuccess(await Senha.EnableAsync(id), "Credential successfully activated");
        Assert.That(await Senha.IsActiveAsync(id), Is.True);
    }

    [Test]
    public async Task Re_enable_is_400_1043_and_re_disable_is_400_1008()
    {
        Envelope.AssertBusiness(await Senha.EnableAsync(Profile.SenhaCredential(true).Id), 1043, "1043: Credential is already activated!");
        Envelope.AssertBusiness(await Senha.DisableAsync(Profile.SenhaCredential(false).Id), 1008, "1008: Credential inactive");
        Assert.Multiple(async () =>
        {
            Assert.That(await Senha.IsActiveAsync(Profile.SenhaCredential(true).Id), Is.True);
            Assert.That(await Senha.IsActiveAsync(Profile.SenhaCredential(false).Id), Is.False);
        });
    }

    [TestCase("PUT")]
    [TestCase("DELETE")]
    [TestCase("GET")]
    public async Task Unknown_id_is_1007_and_an_item_that_is_not_a_credential_is_1010(string method)
    {
        var unknown = await Senha.SendAsync(method, "/api/pam/credential/999999");
        var device = await Senha.SendAsync(method, $"/api/pam/credential/{Profile.SenhaNotCredentials[0].Id}");
        Envelope.AssertBusiness(unknown, 1007, "1007: Credential not found");
        Envelope.AssertBusiness(device, 1010, "1010: The item is not a credential");
    }

    [TestCase("PUT")]
    [TestCase("DELETE")]
    public async Task A_client_without_PAM_configuration_access_is_1039(string method)
    {
        var id = method == "PUT" ? Profile.SenhaCredential(false).Id : Profile.SenhaCredential(true).Id;
        var reply = await Senha.SendAsync(method, $"/api/pam/credential/{id}", "no-pam-permission");
        Envelope.AssertBusiness(reply, 1039, "1039: Without PAM Configuration Access permission");
        Assert.That(await Senha.IsActiveAsync(id), Is.EqualTo(method != "PUT"));
    }

    [TestCase("PUT")]
    [TestCase("DELETE")]
    [TestCase("GET")]
    public async Task A_client_without_access_to_the_credential_is_1009(string method)
    {
        var id = Profile.SenhaCredentialDeniedTo("no-credential-access", active: method != "PUT").Id;
        var reply = await Senha.SendAsync(method, $"/api/pam/credential/{id}", "no-credential-access");
        Envelope.AssertBusiness(reply, 1009, "1009: No access to credential");
    }

    [Test]
    public async Task A_client_without_access_to_some_credentials_may_still_use_the_others()
    {
        var id = Profile.SenhaCredential(true).Id;
        var reply = await Senha.SendAsync("GET", $"/api/pam/credential/{id}", "no-credential-access");
        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
    }

    [Test]
    public async Task The_list_shows_what_each_client_may_see()
    {
        var all = await Senha.SendAsync("GET", "/api/pam/credential");
        var none = await Senha.SendAsync("GET", "/api/pam/credential", "no-credential-access");
        var visible = none.Json.GetProperty("credentials").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.That(visible, Has.None.AnyOf(Profile.SenhaCredentials.Where(c => c.DeniedTo.Contains("no-credential-access")).Select(c => (object)c.Id).ToArray()));
        var noPam = await Senha.SendAsync("GET", "/api/pam/credential", "no-pam-permission");
        Envelope.AssertSuccess(all, "8 credentials found");
        Envelope.AssertSuccess(none, "6 credentials found");
        Envelope.AssertSuccess(noPam, "8 credentials found");
        var ids = all.Json.GetProperty("credentials").EnumerateArray().Select(c => c.GetProperty("id")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids.Select(i => i.ValueKind), Is.All.EqualTo(JsonValueKind.String), "S3: ids are strings");
            Assert.That(ids.Select(i => i.GetString()), Is.EquivalentTo(Profile.SenhaCredentials.Select(c => c.Id)));
        });
    }

    [Test]
    public async Task The_single_read_has_no_top_level_code_and_a_credential()
    {
        var id = Profile.SenhaCredential(true).Id;
        var reply = await Senha.GetAsync(id);
        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
        Envelope.AssertInvariants(reply);
        Assert.Multiple(() =>
        {
            Assert.That(reply.Json.TryGetProperty("code", out _), Is.False);
            Assert.That(SenhaTestClient.ResponseMessage(reply), Is.EqualTo($"Credential {id}"));
            Assert.That(reply.Json.GetProperty("credential").GetProperty("id").GetString(), Is.EqualTo(id));
        });
        Envelope.AssertBusiness(await Senha.GetAsync(Profile.SenhaCredential(false).Id), 1008, "1008: Credential inactive");
    }

    [Test]
    public async Task A_client_without_PAM_configuration_may_still_read()
    {
        var reply = await Senha.GetAsync(Profile.SenhaCredential(true).Id, "no-pam-permission");
        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
    }

    [TestCase("PUT", "abc")]
    [TestCase("GET", "0")]
    [TestCase("DELETE", "-3")]
    [TestCase("GET", "12/extra")]
    public async Task A_url_the_router_does_not_know_is_404_resource_sub_not_found(string method, string id)
    {
        var reply = await Senha.SendAsync(method, $"/api/pam/credential/{id}");
        Assert.That(reply.Code, Is.EqualTo(404), reply.ToString());
        Envelope.AssertInvariants(reply);
        Assert.Multiple(() =>
        {
            Assert.That(SenhaTestClient.ResponseMessage(reply), Is.EqualTo("Resource sub not found"));
            Assert.That(reply.Json.GetProperty("response").GetProperty("error_code").GetInt32(), Is.EqualTo(4));
            Assert.That(reply.Json.TryGetProperty("exception", out _), Is.False);
        });
    }

    [TestCase("PATCH", "/api/pam/credential/{id}")]
    [TestCase("POST", "/api/pam/credential/{id}")]
    [TestCase("DELETE", "/api/pam/credential")]
    public async Task Undocumented_methods_are_405(string method, string path)
    {
        var reply = await Senha.SendAsync(method, path.Replace("{id}", Profile.SenhaCredential(true).Id, StringComparison.Ordinal));
        Assert.That(reply.Code, Is.EqualTo(405), reply.ToString());
        Envelope.AssertInvariants(reply);
    }

    [TestCase("PUT")]
    [TestCase("DELETE")]
    [TestCase("GET")]
    public async Task Missing_authorization_is_kongs_404_and_a_bad_token_is_401(string method)
    {
        var id = Profile.SenhaCredential(method != "PUT").Id;
        var missing = await Senha.SendAsync(method, $"/api/pam/credential/{id}", bearer: "");
        var invalid = await Senha.SendAsync(method, $"/api/pam/credential/{id}", bearer: "not-a-token");
        Assert.Multiple(() =>
        {
            Assert.That(missing.Code, Is.EqualTo(404), missing.ToString());
            Assert.That(missing.Message, Is.EqualTo("no Route matched with those values"));
        });
        TokenTests.AssertInvalidClient(invalid);
        Assert.That(await Senha.IsActiveAsync(id), Is.EqualTo(method != "PUT"));
    }
}
