using Conformance.ReferenceTarget.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.ReferenceTarget.Tests.Senhasegura;

/// <summary>POST /iso/oauth2/token, client credentials in the body or Basic (senhasegura-facts §2.1; S7, S11).</summary>
[TestFixture]
internal sealed class TokenTests
{
    private TestTarget _target = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _target = await TestTarget.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _target.DisposeAsync();

    [TestCase(false)]
    [TestCase(true)]
    public async Task A_known_client_gets_a_bearer_token(bool basic)
    {
        var (id, secret) = _target.Profile.SenhaClients["privileged"];
        var reply = await _target.Senha.RequestTokenAsync(id, secret, basic);
        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(reply.Json.GetProperty("token_type").GetString(), Is.EqualTo("Bearer"));
            Assert.That(reply.Json.GetProperty("expires_in").GetInt32(), Is.EqualTo(3600));
            Assert.That(reply.Json.GetProperty("access_token").GetString(), Is.Not.Empty);
        });
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task A_bad_client_is_401_invalid_client(bool basic)
    {
        var (id, _) = _target.Profile.SenhaClients["privileged"];
        var wrongSecret = await _target.Senha.RequestTokenAsync(id, "wrong", basic);
        var unknown = await _target.Senha.RequestTokenAsync("nobody", "wrong", basic);
        foreach (var reply in new[] { wrongSecret, unknown })
        {
            AssertInvalidClient(reply);
        }
    }

    [Test]
    public async Task Another_grant_type_is_400()
    {
        var (id, secret) = _target.Profile.SenhaClients["privileged"];
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "password", ["client_id"] = id, ["client_secret"] = secret });
        var reply = await Reply.ReadAsync(await _target.Http.PostAsync(new Uri("/iso/oauth2/token", UriKind.Relative), content));
        Assert.That(reply.Code, Is.EqualTo(400), reply.ToString());
    }

    [Test]
    public async Task Tokens_expire_with_their_lifetime_on_the_targets_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var target = await TestTarget.StartAsync(clock, tokenLifetimeSeconds: 120);
        var (id, secret) = target.Profile.SenhaClients["privileged"];
        var token = await target.Senha.RequestTokenAsync(id, secret);
        Assert.That(token.Json.GetProperty("expires_in").GetInt32(), Is.EqualTo(120));
        var bearer = token.Json.GetProperty("access_token").GetString()!;
        var fresh = await target.Senha.SendAsync("GET", "/api/pam/credential", bearer: bearer);
        clock.Advance(TimeSpan.FromSeconds(121));
        var expired = await target.Senha.SendAsync("GET", "/api/pam/credential", bearer: bearer);
        Assert.That(fresh.Code, Is.EqualTo(200), fresh.ToString());
        AssertInvalidClient(expired);
    }

    [Test]
    public async Task The_token_path_answers_405_to_other_methods()
    {
        var reply = await _target.Senha.SendAsync("GET", "/iso/oauth2/token", bearer: "");
        Assert.That(reply.Code, Is.EqualTo(405), reply.ToString());
    }

    internal static void AssertInvalidClient(Reply reply)
    {
        Assert.Multiple(() =>
        {
            Assert.That(reply.Code, Is.EqualTo(401), reply.ToString());
            Assert.That(reply.Json.GetProperty("error").GetString(), Is.EqualTo("invalid_client"));
            Assert.That(reply.Message, Is.EqualTo("Client authentication failed."));
        });
    }
}
