using System.Text.Json;
using System.Xml.Linq;
using Conformance.Diff;
using Conformance.Diff.Rendering;

namespace Conformance.Diff.Tests;

[TestFixture]
public sealed class RendererTests
{
    // Breaking, risky and safe changes on three operations.
    private const string Mixed = "dfns-error-schema-changed";

    [Test]
    public void JsonParsesAndCarriesEveryChange()
    {
        var diff = CorpusDiffs.Of(Mixed);
        using var json = JsonDocument.Parse(new JsonDiffRenderer().Render(diff));
        var root = json.RootElement;
        var changes = root.GetProperty("changes").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(changes, Has.Count.EqualTo(diff.Changes.Count));
            Assert.That(root.GetProperty("summary").GetProperty("breaking").GetInt32(), Is.EqualTo(diff.Count(ChangeSeverity.Breaking)));
            Assert.That(changes.Select(c => c.GetProperty("ruleId").GetString()), Is.EqualTo(diff.Changes.Select(c => c.RuleId)));
            Assert.That(changes.Select(c => c.GetProperty("severity").GetString()).Distinct(), Is.EquivalentTo(new[] { "breaking", "risky", "safe" }));
            Assert.That(changes[0].GetProperty("old").GetProperty("line").GetInt32(), Is.GreaterThan(0));
            Assert.That(root.GetProperty("touchedOperations").GetArrayLength(), Is.EqualTo(diff.TouchedOperationSlugs.Count));
        });
    }

    [TestCase(ChangeSeverity.Breaking)]
    [TestCase(ChangeSeverity.Risky)]
    public void JUnitIsWellFormedWithOneTestcasePerChangeAndFailuresAtTheGate(ChangeSeverity failOn)
    {
        var diff = CorpusDiffs.Of(Mixed);
        var xml = XDocument.Parse(new JUnitDiffRenderer(failOn).Render(diff));
        var cases = xml.Descendants("testcase").ToList();
        var failing = diff.Changes.Count(c => c.Severity >= failOn);
        Assert.Multiple(() =>
        {
            Assert.That(xml.Root!.Name.LocalName, Is.EqualTo("testsuites"));
            Assert.That(cases, Has.Count.EqualTo(diff.Changes.Count));
            Assert.That(xml.Descendants("failure").Count(), Is.EqualTo(failing));
            Assert.That(xml.Root.Attribute("failures")!.Value, Is.EqualTo(failing.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(
                xml.Descendants("failure").Select(f => f.Attribute("type")!.Value).Distinct(),
                Is.EquivalentTo(diff.Changes.Where(c => c.Severity >= failOn).Select(c => c.RuleId).Distinct()));
        });
    }

    [Test]
    public void MarkdownHasATableRowPerChangeAndEscapesMarkup()
    {
        var diff = CorpusDiffs.Of("mini-variants");
        var md = new MarkdownDiffRenderer().Render(diff);
        var rows = md.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(md, Does.Contain("| Severity | Rule | Operation | Change | Old | New |"));
            Assert.That(md, Does.Contain("|---|---|---|---|---|---|"));
            Assert.That(rows, Has.Count.EqualTo(diff.Changes.Count + 1));
            Assert.That(md, Does.Contain("**Breaking changes found.**"));
            Assert.That(md, Does.Contain("&lt;oneOf&gt;").And.Not.Contain("<oneOf>"));
        });
    }

    [Test]
    public void TextNamesEveryRuleWithItsLocation()
    {
        var diff = CorpusDiffs.Of(Mixed);
        var text = new TextDiffRenderer().Render(diff);
        Assert.Multiple(() =>
        {
            foreach (var change in diff.Changes) Assert.That(text, Does.Contain(change.RuleId).And.Contain(change.Message));
            Assert.That(text, Does.Contain("old.yaml:"));
            Assert.That(text, Does.StartWith("spec diff: "));
        });
    }

    [Test]
    public void EmptyDiffRendersInEveryFormat()
    {
        var diff = CorpusDiffs.Of("dfns-path-parameter-renamed");
        Assert.Multiple(() =>
        {
            Assert.That(diff.IsEmpty, Is.True);
            Assert.That(new TextDiffRenderer().Render(diff), Does.Contain("no changes"));
            Assert.That(new MarkdownDiffRenderer().Render(diff), Does.Contain("No changes."));
            using var json = JsonDocument.Parse(new JsonDiffRenderer().Render(diff));
            Assert.That(json.RootElement.GetProperty("changes").GetArrayLength(), Is.Zero);
            var xml = XDocument.Parse(new JUnitDiffRenderer(ChangeSeverity.Breaking).Render(diff));
            Assert.That(xml.Root!.Attribute("tests")!.Value, Is.EqualTo("0"));
        });
    }
}
