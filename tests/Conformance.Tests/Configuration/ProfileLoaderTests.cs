using Conformance.Configuration;

namespace Conformance.Tests.Configuration;

[TestFixture]
public sealed class ProfileLoaderTests
{
    private static readonly Dictionary<string, string> Env = new()
    {
        ["CONFORMANCE_TEST_DFNS_TOKEN"] = "env-dfns-token-value",
        ["CONFORMANCE_TEST_SENHA_SECRET"] = "env-senha-secret-value",
    };

    private static string Fixture(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Configuration", "Fixtures", name);

    private static TargetProfile ParseText(string yaml, IReadOnlyDictionary<string, string>? env = null) =>
        ProfileLoader.Parse(yaml, Path.GetDirectoryName(Fixture("profile.yaml"))!, "test.yaml", n => (env ?? Env).GetValueOrDefault(n));

    [Test]
    public void LoadsTheDocumentedFormatWithReferences()
    {
        var profile = ProfileLoader.Load(Fixture("profile.yaml"), n => Env.GetValueOrDefault(n));

        var dfns = profile.For("dfns")!;
        var privileged = dfns.Identities["privileged"];
        var senha = profile.For("senhasegura")!;
        Assert.Multiple(() =>
        {
            Assert.That(profile.BaseUrl, Is.EqualTo(new Uri("http://127.0.0.1:41234")));
            Assert.That(dfns.Settings["appId"], Is.EqualTo("ap-3k9x1-test"));
            Assert.That(privileged.Token, Is.EqualTo("env-dfns-token-value"));
            Assert.That(privileged.SigningKey!.CredentialId, Is.EqualTo("Y3JlZC1rZXktMQ"));
            Assert.That(privileged.SigningKey.Algorithm, Is.EqualTo("ecdsa-p256"));
            Assert.That(privileged.SigningKey.PrivateKeyPem, Does.StartWith("-----BEGIN PRIVATE KEY-----\n").And.EndWith("-----END PRIVATE KEY-----"));
            Assert.That(dfns.Identities["unprivileged"].Token, Is.EqualTo("literal-unprivileged-token"));
            Assert.That(dfns.Identities["unprivileged"].Fields["appSecret"], Is.EqualTo("extra-field-value"));
            Assert.That(dfns.FixturesOf("credential").ToList(), Is.EqualTo(new[] { new FixtureRef("credential", "cr-aaaaa-1", "active"), new FixtureRef("credential", "cr-bbbbb-2", "inactive") }));
            Assert.That(dfns.FixturesOf("user").Single(), Is.EqualTo(new FixtureRef("user", "us-ccccc-3", null)));
            Assert.That(senha.Identities["privileged"].ClientId, Is.EqualTo("client-1"));
            Assert.That(senha.Identities["privileged"].ClientSecret, Is.EqualTo("env-senha-secret-value"));
            Assert.That(senha.FixturesOf("credential").Single().Id, Is.EqualTo("0011"), "ids are taken as written");
            Assert.That(senha.FixturesOf("not-a-credential").Single().Id, Is.EqualTo("90"));
            Assert.That(profile.Secrets(), Does.Contain("env-dfns-token-value").And.Contain("env-senha-secret-value"));
        });
    }

    [Test]
    public void LoadsJson()
    {
        var profile = ProfileLoader.Load(Fixture("profile.json"));

        Assert.Multiple(() =>
        {
            Assert.That(profile.BaseUrl, Is.Null);
            Assert.That(profile.For("senhasegura")!.Identities["privileged"].ClientSecret, Is.EqualTo("json-secret-value"));
        });
    }

    [Test]
    public void UnsetEnvironmentVariableNamesVariableAndPath()
    {
        var e = Assert.Throws<ProfileException>(() => ProfileLoader.Load(Fixture("profile.yaml"), _ => null));

        Assert.That(e!.Message, Is.EqualTo(
            $"profile {Fixture("profile.yaml")}: environment variable CONFORMANCE_TEST_DFNS_TOKEN (vendors.dfns.identities.privileged.token) is not set"));
    }

    [Test]
    public void ReferencesMayBeEmbedded()
    {
        var profile = ParseText("version: 1\nbaseUrl: http://${env:H}:8080/\n", new Dictionary<string, string> { ["H"] = "127.0.0.1" });

        Assert.That(profile.BaseUrl, Is.EqualTo(new Uri("http://127.0.0.1:8080/")));
    }

    [TestCase("", "profile test.yaml: the file is empty; expected 'version: 1' and 'vendors'")]
    [TestCase("vendors: {}", "profile test.yaml: version is missing (version); add 'version: 1'")]
    [TestCase("version: 2", "profile test.yaml: version must be 1 (version); this suite reads profile version 1")]
    [TestCase("version: 1\nbaseUrl: ftp://host/", "profile test.yaml: baseUrl must be an absolute http(s) URL (baseUrl)")]
    [TestCase("version: 1\nbaseUrl: /relative", "profile test.yaml: baseUrl must be an absolute http(s) URL (baseUrl)")]
    [TestCase("version: 1\nvendor: {}", "profile test.yaml: unknown key 'vendor' (vendor); expected version, baseUrl, vendors")]
    [TestCase("version: 1\nvendors:\n  dfns:\n    fixtures:\n      credential:\n        - { id: a }\n        - { state: active }",
        "profile test.yaml: fixture vendors.dfns.fixtures.credential[1] has no id; write { id: ..., state: ... }")]
    [TestCase("version: 1\nvendors:\n  dfns:\n    fixtures:\n      credential: { id: a }",
        "profile test.yaml: fixtures of kind 'credential' must be a list (vendors.dfns.fixtures.credential)")]
    [TestCase("version: 1\nvendors:\n  dfns:\n    identities:\n      p: { token: \"${file:keys/missing.pem}\" }",
        "profile test.yaml: file keys/missing.pem (vendors.dfns.identities.p.token) not found")]
    [TestCase("version: 1\nvendors:\n  dfns:\n    identities:\n      p: { token: \"${vault:x}\" }",
        "profile test.yaml: unknown reference kind 'vault' (vendors.dfns.identities.p.token); use ${env:NAME} or ${file:PATH}")]
    [TestCase("version: 1\nvendors:\n  dfns:\n    identities:\n      p: { signingKey: { credentialId: c, algorithm: dsa, privateKeyPem: \"-----BEGIN X\" } }",
        "profile test.yaml: signingKey algorithm must be one of ecdsa-p256, ed25519, rsa-pkcs1-sha256 (vendors.dfns.identities.p.signingKey.algorithm)")]
    [TestCase("version: 1\nvendors:\n  dfns:\n    identities:\n      p: { signingKey: { algorithm: ed25519, privateKeyPem: \"-----BEGIN X\" } }",
        "profile test.yaml: signingKey needs credentialId (vendors.dfns.identities.p.signingKey.credentialId)")]
    [TestCase("version: 1\nvendors: [a]", "profile test.yaml: vendors must be a mapping")]
    [TestCase("version: 1\nvendors: {dfns: {settings: {appId: [1]}}}", "profile test.yaml: vendors.dfns.settings.appId must be a single value")]
    public void InvalidProfilesFailWithOneLine(string yaml, string message)
    {
        var e = Assert.Throws<ProfileException>(() => ParseText(yaml));

        Assert.That(e!.Message, Is.EqualTo(message));
    }

    [Test]
    public void InvalidYamlNamesTheLine()
    {
        var e = Assert.Throws<ProfileException>(() => ParseText("version: 1\nvendors:\n  dfns: {a: [}\n"));

        Assert.That(e!.Message, Does.StartWith("profile test.yaml:3: invalid YAML: ").And.Not.Contain("\n"));
    }

    [Test]
    public void SecretsNeverAppearInMessages()
    {
        var env = new Dictionary<string, string> { ["PEM"] = "not-a-pem-but-secret-material", ["URL"] = "http//user:pa55word@host" };

        var pem = Assert.Throws<ProfileException>(() => ParseText(
            "version: 1\nvendors:\n  dfns:\n    identities:\n      p: { signingKey: { credentialId: c, algorithm: ed25519, privateKeyPem: \"${env:PEM}\" } }", env));
        var url = Assert.Throws<ProfileException>(() => ParseText("version: 1\nbaseUrl: ${env:URL}", env));

        Assert.Multiple(() =>
        {
            Assert.That(pem!.Message, Does.Not.Contain("secret-material"));
            Assert.That(url!.Message, Does.Not.Contain("pa55word"));
        });
    }

    [Test]
    public void ABareReferenceInAFlowMapping_SaysToQuoteIt()
    {
        const string yaml = "version: 1\nvendors:\n  dfns:\n    settings: { appId: ${env:DFNS_APP_ID} }\n";

        var e = Assert.Throws<ProfileException>(() => ParseText(yaml));

        Assert.That(e!.Message, Is.EqualTo(
            "profile test.yaml:4: invalid YAML: ${env:DFNS_APP_ID} inside { … } or [ … ] must be quoted: write \"${env:DFNS_APP_ID}\""));
    }

    [Test]
    public void TheQuotedFormTheMessageAsksFor_Parses()
    {
        var env = new Dictionary<string, string> { ["DFNS_APP_ID"] = "ap-from-env" };

        var profile = ParseText("version: 1\nvendors:\n  dfns:\n    settings: { appId: \"${env:DFNS_APP_ID}\" }\n", env);

        Assert.That(profile.For("dfns")!.Settings["appId"], Is.EqualTo("ap-from-env"));
    }

    [Test]
    public void ABareReferenceInAFlowSequenceSpanningLines_IsFoundOnItsLine()
    {
        const string yaml = "version: 1\nvendors:\n  dfns:\n    fixtures:\n      credential: [\n        ${env:A} ]\n";

        var e = Assert.Throws<ProfileException>(() => ParseText(yaml));

        Assert.That(e!.Message, Does.StartWith("profile test.yaml:6: invalid YAML: ${env:A} inside"));
    }

    [Test]
    public void BareReferencesInBlockStyleAndQuotedOnesInFlowStyle_AreNotBlamed()
    {
        // The YAML is broken elsewhere (an unclosed bracket): the reason is YamlDotNet's, not the advice.
        const string yaml = "version: 1\nvendors:\n  dfns:\n    settings:\n      appId: ${env:A} # { not flow }\n    x: { a: '${env:B}', b: \"${env:C}\" }\n    y: [\n";

        var e = Assert.Throws<ProfileException>(() => ParseText(yaml));

        Assert.That(e!.Message, Does.Not.Contain("must be quoted"));
    }
}
