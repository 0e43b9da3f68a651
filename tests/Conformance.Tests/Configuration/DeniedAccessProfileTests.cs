using Conformance.Configuration;

namespace Conformance.Tests.Configuration;

/// <summary>The profile says which fixtures an identity cannot access: per fixture (deniedTo) or per identity (deniedKinds).</summary>
[TestFixture]
public sealed class DeniedAccessProfileTests
{
    private const string Yaml = """
        version: 1
        vendors:
          senhasegura:
            identities:
              privileged: { clientId: a, clientSecret: b }
              no-pam-permission: { clientId: c, clientSecret: d, deniedKinds: [credential] }
              no-credential-access: { clientId: e, clientSecret: f }
            fixtures:
              credential:
                - { id: "11", state: active }
                - { id: "12", state: inactive, deniedTo: [no-credential-access] }
                - { id: "13", state: active, deniedTo: no-credential-access }
        """;

    [Test]
    public void DeniedTo_AndDeniedKinds_AreRead()
    {
        var senha = ProfileLoader.Parse(Yaml, Path.GetTempPath(), "test.yaml").For("senhasegura")!;
        var credentials = senha.FixturesOf("credential").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(credentials.Where(f => senha.IsDenied(f, "no-credential-access")).Select(f => f.Id), Is.EqualTo(new[] { "12", "13" }));
            Assert.That(credentials.Where(f => senha.IsDenied(f, "no-pam-permission")).Select(f => f.Id), Is.EqualTo(new[] { "11", "12", "13" }));
            Assert.That(credentials.Where(f => senha.IsDenied(f, "privileged")), Is.Empty);
        });
    }

    [Test]
    public void ADeniedToThatIsNotAList_IsOneLine()
    {
        var bad = Yaml.Replace("deniedTo: [no-credential-access]", "deniedTo: { who: x }", StringComparison.Ordinal);

        var e = Assert.Throws<ProfileException>(() => ProfileLoader.Parse(bad, Path.GetTempPath(), "test.yaml"));

        Assert.That(e!.Message, Is.EqualTo("profile test.yaml: vendors.senhasegura.fixtures.credential[1].deniedTo must be a list of names, e.g. [no-credential-access]"));
    }
}
