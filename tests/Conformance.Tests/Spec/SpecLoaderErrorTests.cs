using Conformance.Spec;

namespace Conformance.Tests.Spec;

/// <summary>Bad input gives one clear line naming the file (and line), never a crash.</summary>
[TestFixture]
public sealed class SpecLoaderErrorTests
{
    [Test]
    public void MissingFile_NamesTheFile()
    {
        var e = Assert.Throws<SpecLoadException>(() => SpecLoader.Load("no/such/openapi.yaml"));
        Assert.That(e!.Message, Is.EqualTo("no/such/openapi.yaml: spec file not found"));
    }

    [Test]
    public void InvalidYaml_NamesFileAndLine()
    {
        var e = Assert.Throws<SpecLoadException>(() => SpecLoader.Load(SpecFiles.Fixture("Spec/Fixtures/invalid-yaml.yaml")));
        Assert.That(e!.Message, Does.Match(@"invalid-yaml\.yaml:\d+: invalid YAML: "));
        Assert.That(e.Message, Does.Not.Contain('\n'));
    }

    [Test]
    public void NotOpenApi_SaysWhatIsMissing()
    {
        var e = Assert.Throws<SpecLoadException>(() => SpecLoader.Load(SpecFiles.Fixture("Spec/Fixtures/not-openapi.yaml")));
        Assert.That(e!.Message, Does.EndWith("not-openapi.yaml:1: not an OpenAPI document: no 'openapi' field at the top level"));
    }

    [Test]
    public void Swagger2_AsksForConversion()
    {
        var e = Assert.Throws<SpecLoadException>(() => SpecLoader.Load(SpecFiles.Fixture("Spec/Fixtures/swagger2.json")));
        Assert.That(e!.Message, Does.Contain("Swagger 2.0 is not supported"));
    }

    [Test]
    public void InvalidJson_NamesTheLine()
    {
        var e = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse("{\n  \"openapi\": \"3.1.0\",\n  oops\n}", "inline.json"));
        Assert.That(e!.Message, Does.StartWith("inline.json:3: invalid JSON"));
    }

    [Test]
    public void BrokenOperation_IsALocatedProblem_AndTheRestLoads()
    {
        var doc = SpecLoader.Load(SpecFiles.Fixture("Spec/Fixtures/broken-operation.yaml"));
        var slugs = doc.Operations.Select(o => o.Slug).ToList();
        var unresolved = doc.Problems.Single(p => p.Pointer == "/paths/~1bad");

        Assert.Multiple(() =>
        {
            Assert.That(slugs, Is.EquivalentTo(new[] { "good.read", "odd.write" }));
            Assert.That(unresolved.Line, Is.EqualTo(14));
            Assert.That(unresolved.ToString(), Does.Contain("broken-operation.yaml:14: /paths/~1bad: path cannot be read"));
        });
    }

    [Test]
    public void MalformedExtensions_AreLocatedProblems()
    {
        var doc = SpecLoader.Load(SpecFiles.Fixture("Spec/Fixtures/broken-operation.yaml"));
        var messages = doc.Problems.Select(p => p.ToString()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(messages, Has.Some.Contains("/paths/~1odd/put/x-conformance/resource: resource needs kind and id"));
            Assert.That(messages, Has.Some.Contains("level must be MUST, SHOULD or MAY, not 'OFTEN'"));
            Assert.That(doc.FindOperation("odd.write")!.Requirements, Is.Empty);
        });
    }
}
