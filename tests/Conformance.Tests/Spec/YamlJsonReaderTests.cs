using System.Text.Json;
using Conformance.Spec;

namespace Conformance.Tests.Spec;

/// <summary>YAML scalars keep their YAML 1.2 core-schema types (NSwag.Core.Yaml makes them all strings).</summary>
[TestFixture]
public sealed class YamlJsonReaderTests
{
    [TestCase("v: 200", JsonValueKind.Number)]
    [TestCase("v: -1.5", JsonValueKind.Number)]
    [TestCase("v: true", JsonValueKind.True)]
    [TestCase("v: false", JsonValueKind.False)]
    [TestCase("v: ~", JsonValueKind.Undefined)]
    [TestCase("v: '200'", JsonValueKind.String)]
    [TestCase("v: \"true\"", JsonValueKind.String)]
    [TestCase("v: 3.1.0", JsonValueKind.String)]
    [TestCase("v: '1043:'", JsonValueKind.String)]
    public void ScalarTypes(string yaml, JsonValueKind expected)
    {
        var text = YamlJsonReader.Read(yaml, "t.yaml");
        var value = text.Root["v"];
        Assert.That(value?.GetValueKind() ?? JsonValueKind.Undefined, Is.EqualTo(expected));
    }

    [Test]
    public void DuplicateKey_IsAnError()
    {
        var e = Assert.Throws<SpecLoadException>(() => YamlJsonReader.Read("a: 1\nb: 2\na: 3\n", "dup.yaml"));
        Assert.That(e!.Message, Does.StartWith("dup.yaml:3: invalid YAML: ").And.Contain("uplicate key"));
    }

    [Test]
    public void LinesAreRecordedPerPointer()
    {
        var text = YamlJsonReader.Read("a:\n  b:\n    c: 1\n", "t.yaml");
        Assert.That(text.LineOf("/a/b/c"), Is.EqualTo(3));
    }
}
