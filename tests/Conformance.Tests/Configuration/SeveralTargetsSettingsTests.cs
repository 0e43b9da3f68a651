using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Tests.Reporting;

namespace Conformance.Tests.Configuration;

/// <summary>Several targets: <c>--target</c> given more than once with its profile, or a targets file; bad input is one line.</summary>
[TestFixture]
public sealed class SeveralTargetsSettingsTests
{
    private static ConformanceSettings Read(params (string Name, string Value)[] values) =>
        SettingsReader.Read(name => values.FirstOrDefault(v => v.Name == name).Value, "--");

    [Test]
    public void RepeatedTargets_ArePairedWithTheirProfilesInOrder()
    {
        var settings = Read(("target", "https://a.example.test,https://b.example.test:8443"), ("profile", "a.yaml,b.yaml"), ("spec", "dfns"));

        Assert.Multiple(() =>
        {
            Assert.That(settings.Targets.Select(t => (t.Name, t.Url.ToString(), t.Profile)), Is.EqualTo(new[]
            {
                ("a.example.test", "https://a.example.test/", "a.yaml"),
                ("b.example.test:8443", "https://b.example.test:8443/", "b.yaml"),
            }));
            Assert.That(settings.Specs, Is.EqualTo(new[] { "dfns" }), "the other settings are kept");
        });
    }

    [Test]
    public void OneProfile_ServesEveryTarget()
    {
        var settings = Read(("target", "https://a.example.test,https://b.example.test"), ("profile", "shared.yaml"));

        Assert.That(settings.Targets.Select(t => t.Profile), Is.EqualTo(new[] { "shared.yaml", "shared.yaml" }));
    }

    [Test]
    public void TheSameHostTwice_GetsTwoNames()
    {
        var settings = Read(("target", "https://a.example.test/v1,https://a.example.test/v2"), ("profile", "p.yaml"));

        Assert.That(settings.Targets.Select(t => t.Name), Is.EqualTo(new[] { "a.example.test#1", "a.example.test#2" }));
    }

    [Test]
    public void ProfilesThatDoNotPair_AreOneLine()
    {
        var error = Assert.Throws<SettingsException>(() => Read(("target", "https://a.example.test,https://b.example.test,https://c.example.test"), ("profile", "a.yaml,b.yaml")));

        Assert.That(error!.Message, Does.Contain("3 targets need one profile each, or one for all; 2 given").And.Not.Contain('\n'));
    }

    [Test]
    public void ABadUrlAmongSeveral_IsNamed()
    {
        var error = Assert.Throws<SettingsException>(() => Read(("target", "https://a.example.test,ftp://b"), ("profile", "p.yaml")));

        Assert.That(error!.Message, Does.Contain("'ftp://b' is not an absolute http(s) URL"));
    }

    [Test]
    public void ATargetsFileAndATarget_AreOneLine()
    {
        var error = Assert.Throws<SettingsException>(() => Read(("targets", "targets.yaml"), ("target", "https://a.example.test"), ("profile", "p.yaml")));

        Assert.That(error!.Message, Does.Contain("names the targets"));
    }

    [Test]
    public void ReferenceFaults_DoNotApplyToATargetsFile()
    {
        Assert.Throws<SettingsException>(() => Read(("targets", "targets.yaml"), ("reference-fault", "dfns-deactivate-noop")));
    }

    [Test]
    public void TargetsFile_NamesEachTargetsUrlProfileAndContracts()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "targets.yaml"), """
            targets:
              - name: current-api
                url: https://staging.example.test
                profile: profiles/staging.yaml
                contracts: [dfns]
              - url: https://legacy.example.test
                profile: legacy.yaml
                contracts: [dfns-legacy, specs/senhasegura.yaml]
            """);
        Directory.CreateDirectory(Path.Combine(folder.Path, "specs"));
        File.WriteAllText(Path.Combine(folder.Path, "specs", "senhasegura.yaml"), "openapi: 3.1.0");

        var targets = TargetsFile.Load(Path.Combine(folder.Path, "targets.yaml"));

        Assert.Multiple(() =>
        {
            Assert.That(targets.Select(t => t.Name), Is.EqualTo(new[] { "current-api", "legacy.example.test" }));
            Assert.That(targets[0].Profile, Is.EqualTo(Path.Combine(folder.Path, "profiles/staging.yaml")), "paths are relative to the file");
            Assert.That(targets[0].Specs, Is.EqualTo(new[] { "dfns" }), "a contract id stays an id");
            Assert.That(targets[1].Specs, Is.EqualTo(new[] { "dfns-legacy", Path.Combine(folder.Path, "specs/senhasegura.yaml") }));
        });
    }

    [TestCase("targets: []", "expected 'targets:' with a list")]
    [TestCase("targets:\n  - url: https://a.example.test\n", "'profile' is missing")]
    [TestCase("targets:\n  - url: not a url\n    profile: p.yaml\n", "'url' must be an absolute http(s) URL")]
    [TestCase("targets:\n  - url: https://a.example.test\n    profile: p.yaml\n    colour: red\n", "unknown key 'colour'")]
    [TestCase("targets:\n  - { name: x, url: 'https://a.example.test', profile: p.yaml }\n  - { name: x, url: 'https://b.example.test', profile: p.yaml }\n", "the name 'x' is used twice")]
    public void ABadTargetsFile_IsOneLineNamingTheFile(string yaml, string expected)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "targets.yaml");
        File.WriteAllText(path, yaml);

        var error = Assert.Throws<SettingsException>(() => TargetsFile.Load(path));

        Assert.That(error!.Message, Does.StartWith($"targets file {path}").And.Contain(expected).And.Not.Contain('\n'));
    }

    [Test]
    public void AContractIdNoSpecDeclares_IsOneLineListingTheKnownOnes()
    {
        var error = Assert.Throws<SettingsException>(() => ContractSpecs.Load(["dfns-2019"]));

        Assert.That(error!.Message, Does.Contain("'dfns-2019'").And.Contain("dfns-legacy").And.Contain("senhasegura"));
    }

    [Test]
    public void ContractIds_NameTheRepositorysSpecs()
    {
        var documents = ContractSpecs.Load(["dfns", "dfns-legacy", "senhasegura"]);

        Assert.That(documents.Select(d => Path.GetFileName(Path.GetDirectoryName(d.SourcePath))), Is.EqualTo(new[] { "dfns-current", "dfns", "senhasegura" }));
    }
}
