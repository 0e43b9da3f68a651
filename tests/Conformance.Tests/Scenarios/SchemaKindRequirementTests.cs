using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Tests.Scenarios;

/// <summary>
/// A spec may state a requirement for one kind of schema violation (<c>schema/required-rejected</c>);
/// the other kinds keep <c>schema/invalid-rejected</c>.
/// </summary>
[TestFixture]
public sealed class SchemaKindRequirementTests
{
    private const string Yaml = """
        openapi: 3.1.0
        info: { title: t, version: '1' }
        x-conformance: { vendor: acme }
        paths:
          /things:
            put:
              operationId: things.put
              x-requirements:
                schema/required-rejected: { level: MUST, basis: documented, source: https://acme.test/doc, quote: name is Required, expect: { status: 400 } }
                schema/invalid-rejected: { level: SHOULD, basis: convention, source: common practice, quote: we expected a 4xx, expect: { status: 4xx } }
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties: { name: { type: string } }
                      required: [name]
                      additionalProperties: false
              responses:
                '200': { description: ok }
        """;

    [Test]
    public void Generate_MissingRequiredProperty_TakesThePerKindRequirement_OthersTheGeneralOne()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kinds-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Yaml);
        try
        {
            var scenarios = ScenarioGenerator.Generate(SpecLoader.Load(path)).Where(s => s.Class == "schema").ToDictionary(s => s.Variant);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(scenarios["name-missing"].Requirement.Id, Is.EqualTo("acme.things.put/schema/required-rejected"));
                Assert.That(scenarios["name-missing"].Requirement.Level, Is.EqualTo(Conformance.Spec.Vocabulary.RequirementLevel.Must));
                Assert.That(scenarios["extra-property"].Requirement.Id, Is.EqualTo("acme.things.put/schema/invalid-rejected"));
                Assert.That(scenarios["wrong-content-type"].Requirement.Level, Is.EqualTo(Conformance.Spec.Vocabulary.RequirementLevel.Should));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
