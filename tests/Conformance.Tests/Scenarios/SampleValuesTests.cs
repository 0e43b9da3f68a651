using System.Text.Json.Nodes;
using Conformance.Scenarios;
using NJsonSchema;

namespace Conformance.Tests.Scenarios;

/// <summary>The deterministic valid value <see cref="SampleValues"/> makes for a schema.</summary>
[TestFixture]
public sealed class SampleValuesTests
{
    private static JsonSchema Schema(string json) => JsonSchema.FromJsonAsync(json).GetAwaiter().GetResult();

    private static string? Sample(string schemaJson) => SampleValues.For(Schema(schemaJson))?.ToJsonString();

    [TestCase("""{"type":"string","enum":["second-is-not-taken","b"]}""", "\"second-is-not-taken\"")]
    [TestCase("""{"type":"integer","enum":[7,3]}""", "7")]
    [TestCase("""{"enum":["only"]}""", "\"only\"")]
    public void For_Enum_TakesTheFirstValue(string schema, string expected)
    {
        Assert.That(Sample(schema), Is.EqualTo(expected));
    }

    [Test]
    public void For_StringWithMinLength_PadsToTheMinimum()
    {
        // When
        var value = SampleValues.For(Schema("""{"type":"string","minLength":20}"""))!.GetValue<string>();

        // Then
        Assert.That(value, Is.EqualTo("conformancexxxxxxxxx"));
    }

    [Test]
    public void For_StringWithMaxLength_CutsToTheMaximum()
    {
        Assert.That(Sample("""{"type":"string","maxLength":4}"""), Is.EqualTo("\"conf\""));
    }

    [TestCase("uuid", "00000000-0000-4000-8000-000000000000")]
    [TestCase("date-time", "2026-01-01T00:00:00Z")]
    [TestCase("date", "2026-01-01")]
    [TestCase("email", "conformance@example.com")]
    [TestCase("uri", "https://example.com/")]
    public void For_StringFormat_IsAValueOfThatFormat(string format, string expected)
    {
        Assert.That(SampleValues.For(Schema($$"""{"type":"string","format":"{{format}}"}"""))!.GetValue<string>(), Is.EqualTo(expected));
    }

    [TestCase("""{"type":"integer","minimum":10}""", "10")]
    [TestCase("""{"type":"integer","minimum":0}""", "0")]
    [TestCase("""{"type":"integer"}""", "1")]
    [TestCase("""{"type":"number","minimum":2.5}""", "2.5")]
    [TestCase("""{"type":"boolean"}""", "true")]
    public void For_Scalars_TakeTheSmallestValidValue(string schema, string expected)
    {
        Assert.That(Sample(schema), Is.EqualTo(expected));
    }

    [Test]
    public void For_Object_HasTheRequiredPropertiesOnly()
    {
        // When
        var sample = Sample("""
            {"type":"object","required":["id","size"],
             "properties":{"id":{"type":"string"},"size":{"type":"integer","minimum":3},"comment":{"type":"string"}}}
            """);

        // Then
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
    public void For_ArrayWithoutMinItems_IsEmpty()
    {
        Assert.That(Sample("""{"type":"array","items":{"type":"string"}}"""), Is.EqualTo("[]"));
    }

    [Test]
    public void For_OneOf_TakesTheFirstAlternative()
    {
        Assert.That(Sample("""{"oneOf":[{"type":"integer","minimum":4},{"type":"string"}]}"""), Is.EqualTo("4"));
    }

    [Test]
    public void For_Untyped_IsAString()
    {
        Assert.That(Sample("{}"), Is.EqualTo("\"conformance\""));
    }

    [Test]
    public void For_SelfReferencingSchema_StopsAtTheDepthLimit()
    {
        // When
        var sample = Sample("""
            {"type":"object","required":["child"],"properties":{"child":{"$ref":"#"}}}
            """);

        // Then
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
    public void For_AnySchema_SampleValidatesAgainstIt(string json)
    {
        // When
        var schema = Schema(json);
        var sample = SampleValues.For(schema)!.ToJsonString();

        // Then
        Assert.That(schema.Validate(sample), Is.Empty, sample);
    }

    [Test]
    public void For_IntegerWithMaximumBelowOne_StaysWithinTheMaximum()
    {
        var schema = Schema("""{"type":"integer","maximum":0}""");

        Assert.That(schema.Validate(SampleValues.For(schema)!.ToJsonString()), Is.Empty);
    }

    [Test]
    public void For_AllOfOfTwoObjects_HasTheRequiredPropertiesOfBoth()
    {
        var schema = Schema("""
            {"allOf":[
              {"type":"object","required":["a"],"properties":{"a":{"type":"string"}}},
              {"type":"object","required":["b"],"properties":{"b":{"type":"integer"}}}]}
            """);

        var sample = SampleValues.For(schema)!.ToJsonString();

        Assert.That(schema.Validate(sample), Is.Empty, sample);
    }

    [Test]
    public void For_StringWithPattern_MatchesThePattern()
    {
        var schema = Schema("""{"type":"string","pattern":"^[A-Z]{3}$","example":"ABC"}""");

        var sample = SampleValues.For(schema)!.ToJsonString();

        Assert.That(schema.Validate(sample), Is.Empty, sample);
    }

    [Test]
    public void FromObject_ConvertsEnumValueKinds()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(SampleValues.FromObject(null), Is.Null);
            Assert.That(SampleValues.FromObject("s")!.GetValue<string>(), Is.EqualTo("s"));
            Assert.That(SampleValues.FromObject(3L)!.GetValue<long>(), Is.EqualTo(3L));
            Assert.That(SampleValues.FromObject(false)!.GetValue<bool>(), Is.False);
            Assert.That(SampleValues.FromObject(Newtonsoft.Json.Linq.JToken.Parse("""{"x":[1]}"""))!.ToJsonString(), Is.EqualTo("""{"x":[1]}"""));
        }
    }
}
