using Conformance.Spec;

namespace Conformance.Tests.Spec;

/// <summary>
/// Block scalars whose leading empty lines hold spaces are valid YAML (YAML 1.2.2 §8.1.1.1) that
/// YamlDotNet refuses; the reader loads them with the value YAML gives, and still refuses what
/// YAML refuses.
/// </summary>
[TestFixture]
public sealed class BlockScalarLeadingLinesTests
{
    [TestCase("a: |+\n  \n  text\n\nb: 1\n", "\ntext\n\n")]
    [TestCase("a: |\n  \n  text\nb: 1\n", "\ntext\n")]
    [TestCase("a: |-\n \n  \n  text\nb: 1\n", "\n\ntext")]
    [TestCase("a: >+\n  \n  folded\n  text\n\nb: 1\n", "\nfolded text\n\n")]
    [TestCase("a: |+ # keep\n  \n  text\nb: 1\n", "\ntext\n")]
    [TestCase("a: |+\r\n  \r\n  text\r\nb: 1\r\n", "\ntext\n")]
    [TestCase("x:\n  - d: |+\n      \n      text\n\n    e: 2\n", null)]
    [TestCase("a: |+\n  \nb: 1\n", "\n")]
    public void SpacedLeadingEmptyLines_Load(string yaml, string? expected)
    {
        var text = YamlJsonReader.Read(yaml, "t.yaml");

        Assert.That(text.Root, Is.Not.Null);
        if (expected is not null) Assert.That(text.Root["a"]!.GetValue<string>(), Is.EqualTo(expected));
    }

    [Test]
    public void TwoSuchScalars_BothLoad_AndLinesStay()
    {
        var text = YamlJsonReader.Read("a: |+\n  \n  one\nb: |\n  \n  two\nc: 3\n", "t.yaml");

        Assert.Multiple(() =>
        {
            Assert.That(text.Root["a"]!.GetValue<string>(), Is.EqualTo("\none\n"));
            Assert.That(text.Root["b"]!.GetValue<string>(), Is.EqualTo("\ntwo\n"));
            Assert.That(text.LineOf("/c"), Is.EqualTo(7), "no line was added or removed");
        });
    }

    [Test]
    public void LeadingEmptyLineDeeperThanTheContent_IsStillRefused()
    {
        // YAML 1.2.2 §8.1.1.1: "It is an error for any of the leading empty lines to contain more
        // spaces than the first non-empty line."
        var e = Assert.Throws<SpecLoadException>(() => YamlJsonReader.Read("a: |+\n    \n  text\n", "bad.yaml"));

        Assert.That(e!.Message, Does.StartWith("bad.yaml:3: invalid YAML: ").And.Contain("extra spaces"));
    }

    [Test]
    public void Spec_WithSuchADescription_Loads()
    {
        const string spec = "openapi: 3.1.0\ninfo:\n  title: T\n  version: '1'\n  description: |+\n    \n    Text.\n\npaths:\n  /a:\n    get:\n      responses:\n        '200': { description: ok }\n";

        var document = SpecLoader.Parse(spec, "t.yaml");

        Assert.Multiple(() =>
        {
            Assert.That(document.Operations, Has.Count.EqualTo(1));
            Assert.That(document.Problems, Is.Empty);
        });
    }
}
