using System.Xml.Linq;
using Conformance.Configuration;
using Conformance.Tests.Docs;

namespace Conformance.Tests.SuiteAdapter;

/// <summary>docs/staging.runsettings.example: every parameter is a setting, and every path it names exists relative to the repository root.</summary>
[TestFixture]
[Category("docs")]
public sealed class RunSettingsExampleTests
{
    private static readonly XElement[] Parameters = XDocument.Load(Path.Combine(Documentation.Root, "docs", "staging.runsettings.example"))
        .Descendants("Parameter").ToArray();

    [Test]
    public void EveryParameter_IsASettingTheReaderAccepts()
    {
        var values = Parameters.ToDictionary(p => p.Attribute("name")!.Value, p => p.Attribute("value")!.Value);

        Assert.Multiple(() =>
        {
            Assert.That(values.Keys, Is.SubsetOf(SettingsReader.Names));
            Assert.That(() => SettingsReader.Read(name => values.GetValueOrDefault(name)), Throws.Nothing);
        });
    }

    [Test]
    public void EveryPath_ExistsRelativeToTheRepositoryRoot()
    {
        var paths = Parameters.Where(p => p.Attribute("name")!.Value is "profile" or "spec").Select(p => p.Attribute("value")!.Value).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(paths, Is.Not.Empty);
            Assert.That(paths.Where(p => Path.IsPathRooted(p) || !File.Exists(Path.Combine(Documentation.Root, p))), Is.Empty);
        });
    }
}
