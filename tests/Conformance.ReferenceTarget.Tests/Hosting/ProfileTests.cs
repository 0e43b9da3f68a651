using System.Text.Json;
using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Hosting;

/// <summary>The generated profile follows docs/target-profile.md and is readable as YAML-compatible JSON.</summary>
[TestFixture]
internal sealed class ProfileTests
{
    private TestTarget _target = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _target = await TestTarget.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _target.DisposeAsync();

    [Test]
    public void The_profile_names_the_vendors_identities_and_fixtures()
    {
        var profile = _target.Profile;
        Assert.Multiple(() =>
        {
            Assert.That(profile.BaseUrl, Is.EqualTo(new Uri(_target.Running.BaseUrl.GetLeftPart(UriPartial.Authority))));
            Assert.That(profile.DfnsIdentities.Keys, Is.EquivalentTo(new[] { "privileged", "unprivileged", "service-account" }));
            Assert.That(profile.SenhaClients.Keys, Is.EquivalentTo(new[] { "privileged", "no-pam-permission", "no-credential-access" }));
            Assert.That(profile.DfnsCredentials.Count(c => c.IsActive), Is.EqualTo(3));
            Assert.That(profile.DfnsCredentials.Count(c => !c.IsActive), Is.EqualTo(3));
            Assert.That(profile.DfnsUsers.Count(c => c.IsActive), Is.EqualTo(2));
            Assert.That(profile.DfnsUsers.Count(c => !c.IsActive), Is.EqualTo(2));
            Assert.That(profile.SenhaCredentials.Count(c => c.IsActive), Is.EqualTo(4));
            Assert.That(profile.SenhaCredentials.Count(c => !c.IsActive), Is.EqualTo(4));
            Assert.That(profile.SenhaCredentials.Where(c => c.DeniedTo.Count > 0).Select(c => (c.IsActive, string.Join(",", c.DeniedTo))),
                Is.EquivalentTo(new[] { (true, "no-credential-access"), (false, "no-credential-access") }), "one active and one disabled credential no-credential-access may not see");
            Assert.That(profile.SenhaNotCredentials, Has.Count.EqualTo(1));
            Assert.That(profile.DfnsIdentities.Values.Select(i => i.PrivateKeyPem), Has.All.StartWith("-----BEGIN PRIVATE KEY-----"));
            Assert.That(profile.DfnsIdentities.Values.Select(i => i.Token), Is.Unique);
            Assert.That(profile.DfnsIdentities.Values.Select(i => i.CredentialId), Is.Unique);
        });
    }

    [Test]
    public void The_profile_is_version_1_with_state_on_every_fixture()
    {
        using var document = JsonDocument.Parse(_target.Running.ProfileYaml);
        var root = document.RootElement;
        Assert.That(root.GetProperty("version").GetInt32(), Is.EqualTo(1));
        var fixtures = root.GetProperty("vendors").EnumerateObject()
            .SelectMany(v => v.Value.GetProperty("fixtures").EnumerateObject().SelectMany(k => k.Value.EnumerateArray()));
        Assert.That(fixtures.Select(f => f.GetProperty("state").GetString()), Has.All.AnyOf("active", "inactive"));
    }

    [Test]
    public async Task Fixtures_are_separate_from_the_callers_and_their_signing_credentials()
    {
        var signing = new List<string>();
        foreach (var (role, identity) in _target.Profile.DfnsIdentities)
        {
            var reply = await _target.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { Identity = role });
            signing.Add(reply.Json.GetProperty("items").EnumerateArray()
                .Single(i => i.GetProperty("credentialId").GetString() == identity.CredentialId)
                .GetProperty("credentialUuid").GetString()!);
        }

        var fixtureUserCredentials = new List<string>();
        foreach (var user in _target.Profile.DfnsUsers)
        {
            var reply = await _target.Dfns.SendAsync(new DfnsCall("GET", $"/auth/users/{user.Id}"));
            fixtureUserCredentials.Add(reply.Json.GetProperty("credentialUuid").GetString()!);
        }

        Assert.Multiple(() =>
        {
            Assert.That(_target.Profile.DfnsCredentials.Select(c => c.Id), Has.None.AnyOf(signing.Cast<object>().ToArray()));
            Assert.That(fixtureUserCredentials, Has.None.AnyOf(signing.Cast<object>().ToArray()), "no fixture user owns a caller's signing key");
        });
    }

    [Test]
    public async Task Two_targets_get_different_identities_and_fixtures()
    {
        await using var other = await TestTarget.StartAsync();
        Assert.Multiple(() =>
        {
            Assert.That(other.Profile.AppId, Is.Not.EqualTo(_target.Profile.AppId));
            Assert.That(other.Profile.DfnsIdentities["privileged"].PrivateKeyPem, Is.Not.EqualTo(_target.Profile.DfnsIdentities["privileged"].PrivateKeyPem));
            Assert.That(other.Profile.DfnsIdentities["unprivileged"].PrivateKeyPem, Is.Not.EqualTo(_target.Profile.DfnsIdentities["unprivileged"].PrivateKeyPem));
            Assert.That(other.Profile.SenhaClients["privileged"], Is.Not.EqualTo(_target.Profile.SenhaClients["privileged"]));
            Assert.That(other.Running.BaseUrl, Is.Not.EqualTo(_target.Running.BaseUrl));
        });
    }
}
