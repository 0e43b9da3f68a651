using Conformance.Scenarios;
using Conformance.Spec.Schemas;
using static Conformance.Tests.Spec.Schemas.SchemaDocs;

namespace Conformance.Tests.Scenarios;

/// <summary>The deterministic valid value <see cref="SampleValues"/> makes for a schema, and that it validates.</summary>
[TestFixture]
public sealed class SampleValuesTests
{
    private static string? Sample(SchemaRef schema) => SampleValues.For(schema)?.ToJsonString();

    private static string? Sample(string schema, string openapi = "3.1.0") => Sample(One(schema, openapi));

    private static void AssertValid(SchemaRef schema)
    {
        var value = SampleValues.For(schema);
        var result = schema.Validate(value, assertFormats: true);
        Assert.That(result.IsValid, Is.True, $"{value?.ToJsonString()}: {result.Describe()}");
    }

    [TestCase("""{"type":"string","enum":["second-is-not-taken","b"]}""", "\"second-is-not-taken\"")]
    [TestCase("""{"type":"integer","enum":[7,3]}""", "7")]
    [TestCase("""{"enum":["only"]}""", "\"only\"")]
    [TestCase("""{"const":"fixed"}""", "\"fixed\"")]
    public void For_EnumOrConst_TakesTheFirstValue(string schema, string expected)
    {
        Assert.That(Sample(schema), Is.EqualTo(expected));
    }

    [TestCase("""{"type":"string","minLength":20}""", "\"conformancexxxxxxxxx\"")]
    [TestCase("""{"type":"string","maxLength":4}""", "\"conf\"")]
    [TestCase("""{"type":"integer","minimum":10}""", "10")]
    [TestCase("""{"type":"integer","minimum":0}""", "0")]
    [TestCase("""{"type":"integer"}""", "1")]
    [TestCase("""{"type":"integer","maximum":0}""", "0")]
    [TestCase("""{"type":"integer","exclusiveMinimum":0}""", "1")]
    [TestCase("""{"type":"integer","minimum":7,"multipleOf":5}""", "10")]
    [TestCase("""{"type":"number","minimum":2.5}""", "3")]
    [TestCase("""{"type":"number","minimum":2.5,"maximum":2.7}""", "2.5")]
    [TestCase("""{"type":"number","exclusiveMinimum":0,"multipleOf":0.25}""", "0.25")]
    [TestCase("""{"type":"number","exclusiveMinimum":0,"maximum":0.5,"multipleOf":0.25}""", "0.25")]
    [TestCase("""{"type":"boolean"}""", "true")]
    [TestCase("""{"type":["null","integer"]}""", "1")]
    [TestCase("""{"type":"array","items":{"type":"string"}}""", "[]")]
    [TestCase("{}", "\"conformance\"")]
    public void For_Scalars_TakeTheSmallestValidValue(string schema, string expected)
    {
        Assert.That(Sample(schema), Is.EqualTo(expected));
    }

    [TestCase("uuid", "00000000-0000-4000-8000-000000000000")]
    [TestCase("date-time", "2026-01-01T00:00:00Z")]
    [TestCase("date", "2026-01-01")]
    [TestCase("email", "conformance@example.com")]
    [TestCase("uri", "https://example.com/")]
    public void For_StringFormat_IsAValueOfThatFormat(string format, string expected)
    {
        var schema = One($$"""{"type":"string","format":"{{format}}"}""");

        Assert.That(SampleValues.For(schema)!.GetValue<string>(), Is.EqualTo(expected));
        AssertValid(schema);
    }

    [TestCase(@"^\d+$")]
    [TestCase(@"^0x[0-9a-fA-F]{40}$")]
    [TestCase(@"^(0x)?([0-9a-fA-F][0-9a-fA-F])*$")]
    [TestCase(@"wa-[a-z0-9]{5}-[a-z0-9]{5}-[a-z0-9]{14,16}")]
    [TestCase(@"^(G[A-Z0-9]{55}|M[A-Z0-9]{68})$")]
    [TestCase(@"^(?:[A-Za-z0-9\-_]{48}|\d+:[a-fA-F0-9]{64})$")]
    [TestCase(@"^[1-9A-HJ-NP-Za-km-z]{32,44}$")]
    [TestCase(@"^-----BEGIN (RSA )?PUBLIC KEY-----[A-Za-z0-9+/=\n\r\\]+-----END (RSA )?PUBLIC KEY-----\s?$")]
    public void For_StringWithPatternAndNoExample_MatchesThePattern(string pattern)
    {
        var escaped = pattern.Replace("\\", "\\\\", StringComparison.Ordinal);

        AssertValid(One($$"""{"type":"string","pattern":"{{escaped}}"}"""));
    }

    [Test]
    public void For_PatternWithLengths_MeetsBoth()
    {
        AssertValid(One("""{"type":"string","pattern":"^[a-z]+$","minLength":12,"maxLength":14}"""));
    }

    [Test]
    public void For_Example_IsUsedWhenItValidates()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Sample("""{"type":"string","pattern":"^[A-Z]{3}$","examples":["ABC"]}"""), Is.EqualTo("\"ABC\""));
            Assert.That(Sample("""{"type":"string","pattern":"^[A-Z]{3}$","example":"toolong"}"""), Is.EqualTo("\"AAA\""), "an example that does not validate is not used");
            Assert.That(Sample("""{"type":"integer","example":42}""", "3.0.3"), Is.EqualTo("42"), "3.0 example");
        }
    }

    [Test]
    public void For_Object_HasTheRequiredPropertiesOnly()
    {
        var sample = Sample("""
            {"type":"object","required":["id","size"],
             "properties":{"id":{"type":"string"},"size":{"type":"integer","minimum":3},"comment":{"type":"string"}}}
            """);

        Assert.That(sample, Is.EqualTo("""{"id":"conformance","size":3}"""));
    }

    [Test]
    public void For_NestedObject_FillsTheRequiredTree()
    {
        var sample = Sample("""
            {"type":"object","required":["inner"],
             "properties":{"inner":{"type":"object","required":["tags"],"properties":{"tags":{"type":"array","minItems":1,"items":{"type":"string","enum":["t"]}}}}}}
            """);

        Assert.That(sample, Is.EqualTo("""{"inner":{"tags":["t"]}}"""));
    }

    [Test]
    public void For_UniqueItems_AreDistinct()
    {
        AssertValid(One("""{"type":"array","minItems":3,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z]{2}$"}}"""));
    }

    [Test]
    public void For_OneOf_TakesAFirstBranchThatValidates()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Sample("""{"oneOf":[{"type":"integer","minimum":4},{"type":"string"}]}"""), Is.EqualTo("4"));

            // The first branch's value ("conf") also matches the second: oneOf needs exactly one, so the second is taken.
            Assert.That(Sample("""{"oneOf":[{"type":"string","maxLength":4},{"type":"string"}]}"""), Is.EqualTo("\"conformance\""));
            AssertValid(One("""{"oneOf":[{"type":"string","maxLength":4},{"type":"string"}]}"""));
        }
    }

    [Test]
    public void For_OneOfWithDiscriminator_SetsTheMappedValue()
    {
        var schema = Ref("""
            {
              "S": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                    "discriminator": {"propertyName": "kind", "mapping": {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"}}},
              "Cat": {"type": "object", "required": ["kind", "claws"], "properties": {"kind": {"type": "string"}, "claws": {"type": "integer"}}, "additionalProperties": false},
              "Dog": {"type": "object", "required": ["kind", "bark"], "properties": {"kind": {"type": "string"}, "bark": {"type": "boolean"}}, "additionalProperties": false}
            }
            """);

        Assert.That(Sample(schema), Is.EqualTo("""{"kind":"cat","claws":1}"""));
    }

    [Test]
    public void For_AllOf_MergesEveryMember()
    {
        var schema = One("""
            {"allOf":[
              {"type":"object","required":["a"],"properties":{"a":{"type":"string","minLength":15}}},
              {"type":"object","required":["b"],"properties":{"b":{"type":"integer","minimum":4},"a":{"maxLength":16}}}]}
            """);

        AssertValid(schema);
    }

    [Test]
    public void For_SelfReferencingSchema_StopsAtTheDepthLimit()
    {
        var sample = Sample(Ref("""{"S":{"type":"object","required":["child"],"properties":{"child":{"$ref":"#/components/schemas/S"}}}}"""));

        Assert.That(sample, Does.StartWith("""{"child":{"child":"""));
    }

    [Test]
    public void For_SameSchemaTwice_SameValue()
    {
        const string schema = """{"type":"object","required":["a","b"],"properties":{"a":{"type":"string","format":"uuid"},"b":{"type":"number"}}}""";

        var first = Sample(schema);
        var second = Sample(schema);

        Assert.That(second, Is.EqualTo(first));
    }

    [TestCase("""{"type":"string","minLength":15,"maxLength":30}""")]
    [TestCase("""{"type":"integer","minimum":5,"maximum":9}""")]
    [TestCase("""{"type":"object","required":["k"],"properties":{"k":{"type":"string","enum":["x","y"]}},"additionalProperties":false}""")]
    [TestCase("""{"type":"object","required":["a"],"dependentRequired":{"a":["b"]},"properties":{"a":{"type":"string"},"b":{"type":"string"}}}""")]
    [TestCase("""{"type":"object","minProperties":2,"properties":{"a":{"type":"string"},"b":{"type":"string"}}}""")]
    [TestCase("""{"type":"array","prefixItems":[{"type":"string"},{"type":"integer"}],"minItems":2,"items":false}""")]
    [TestCase("""{"anyOf":[{"type":"string","format":"date-time"},{"type":"integer"}]}""")]
    public void For_AnySchema_SampleValidatesAgainstIt(string schema)
    {
        AssertValid(One(schema));
    }
}
