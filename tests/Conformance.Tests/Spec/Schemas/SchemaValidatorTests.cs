using Conformance.Spec.Schemas;
using static Conformance.Tests.Spec.Schemas.SchemaDocs;

namespace Conformance.Tests.Spec.Schemas;

/// <summary>
/// Validation on JsonSchema.Net behind <see cref="SchemaRef"/>: OpenAPI 3.1 schemas as JSON
/// Schema 2020-12, OpenAPI 3.0 schema objects translated (nullable, boolean exclusive bounds,
/// $ref siblings), references across components, formats as annotations unless asserted.
/// </summary>
[TestFixture]
public sealed class SchemaValidatorTests
{
    [TestCase("""{"const": "fixed"}""", "\"fixed\"", true)]
    [TestCase("""{"const": "fixed"}""", "\"other\"", false)]
    [TestCase("""{"prefixItems": [{"type": "string"}, {"type": "integer"}], "items": false}""", """["a", 1]""", true)]
    [TestCase("""{"prefixItems": [{"type": "string"}, {"type": "integer"}], "items": false}""", """["a", "b"]""", false)]
    [TestCase("""{"prefixItems": [{"type": "string"}], "items": false}""", """["a", 1]""", false)]
    [TestCase("""{"allOf": [{"properties": {"a": {}}}], "properties": {"b": {}}, "unevaluatedProperties": false}""", """{"a": 1, "b": 2}""", true)]
    [TestCase("""{"allOf": [{"properties": {"a": {}}}], "properties": {"b": {}}, "unevaluatedProperties": false}""", """{"a": 1, "c": 2}""", false)]
    [TestCase("""{"dependentRequired": {"card": ["cvv"]}}""", """{"card": "x", "cvv": "1"}""", true)]
    [TestCase("""{"dependentRequired": {"card": ["cvv"]}}""", """{"card": "x"}""", false)]
    [TestCase("""{"type": ["string", "null"]}""", "null", true)]
    [TestCase("""{"type": "integer", "exclusiveMinimum": 0}""", "0", false)]
    [TestCase("""{"type": "integer", "exclusiveMinimum": 0}""", "1", true)]
    [TestCase("""{"type": "string", "pattern": "^0x[0-9a-f]{4}$"}""", "\"0x00af\"", true)]
    [TestCase("""{"type": "string", "pattern": "^0x[0-9a-f]{4}$"}""", "\"0x00ag\"", false)]
    public void OpenApi31_Keywords_ValidateAs2020_12(string schema, string instance, bool valid)
    {
        Assert.That(Valid(One(schema), instance), Is.EqualTo(valid));
    }

    [Test]
    public void OpenApi31_RefAcrossComponents_Resolves()
    {
        // Given
        var schema = Ref("""
            {
              "Order": {"type": "object", "required": ["item"], "properties": {"item": {"$ref": "#/components/schemas/Item"}}},
              "Item": {"type": "object", "required": ["sku"], "properties": {"sku": {"$ref": "#/components/schemas/Sku"}}},
              "Sku": {"type": "string", "minLength": 3}
            }
            """, "Order");

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Valid(schema, """{"item": {"sku": "abc"}}"""), Is.True);
            Assert.That(Valid(schema, """{"item": {"sku": "ab"}}"""), Is.False);
            Assert.That(schema.Validate(System.Text.Json.Nodes.JsonNode.Parse("""{"item": {"sku": "ab"}}""")).Errors.First().InstanceLocation, Is.EqualTo("/item/sku"));
        }
    }

    [Test]
    public void OpenApi31_RefWithSiblings_AppliesBoth()
    {
        var schema = Ref("""{"S": {"$ref": "#/components/schemas/T", "required": ["b"]}, "T": {"required": ["a"]}}""");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Valid(schema, """{"a": 1, "b": 2}"""), Is.True);
            Assert.That(Valid(schema, """{"a": 1}"""), Is.False, "2020-12: a $ref's siblings apply");
        }
    }

    [Test]
    public void Format_IsAnAnnotationUnlessAsserted()
    {
        var schema = One("""{"type": "string", "format": "email"}""");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Valid(schema, "\"not-an-email\""), Is.True, "OpenAPI 3.1: format annotates");
            Assert.That(Valid(schema, "\"not-an-email\"", assertFormats: true), Is.False, "asserted: the suite's own values");
            Assert.That(Valid(schema, "\"a@example.com\"", assertFormats: true), Is.True);
        }
    }

    [TestCase("""{"type": "string", "nullable": true}""", "null", true)]
    [TestCase("""{"type": "string"}""", "null", false)]
    [TestCase("""{"type": "string", "nullable": false}""", "null", false)]
    [TestCase("""{"type": "string", "nullable": true, "enum": ["a", null]}""", "null", true)]
    [TestCase("""{"type": "string", "nullable": true, "enum": ["a"]}""", "null", false)]
    [TestCase("""{"nullable": true, "allOf": [{"type": "object"}]}""", "null", true)]
    [TestCase("""{"type": "integer", "minimum": 5, "exclusiveMinimum": true}""", "5", false)]
    [TestCase("""{"type": "integer", "minimum": 5, "exclusiveMinimum": true}""", "6", true)]
    [TestCase("""{"type": "integer", "minimum": 5, "exclusiveMinimum": false}""", "5", true)]
    [TestCase("""{"type": "integer", "maximum": 5, "exclusiveMaximum": true}""", "5", false)]
    [TestCase("""{"type": "integer", "maximum": 5, "exclusiveMaximum": true}""", "4", true)]
    [TestCase("""{"type": "string", "example": 12}""", "\"s\"", true)]
    public void OpenApi30_SchemaObject_IsTranslated(string schema, string instance, bool valid)
    {
        Assert.That(Valid(One(schema, "3.0.3"), instance), Is.EqualTo(valid));
    }

    [Test]
    public void OpenApi30_RefSiblings_AreIgnored()
    {
        var schema = Ref("""{"S": {"$ref": "#/components/schemas/T", "required": ["b"]}, "T": {"required": ["a"]}}""", "S", "3.0.3");

        Assert.That(Valid(schema, """{"a": 1}"""), Is.True, "3.0: properties beside $ref SHALL be ignored");
    }

    [Test]
    public void OpenApi30_NestedNullableInComponents_IsTranslated()
    {
        var schema = Ref("""
            {"S": {"type": "object", "properties": {"tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}}}},
             "Tag": {"type": "string", "nullable": true}}
            """, "S", "3.0.0");

        Assert.That(Valid(schema, """{"tags": [null, "x"]}"""), Is.True);
    }

    [Test]
    public void Dialect_FollowsTheDocumentVersion()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(One("{}", "3.0.3").Document.Dialect, Is.EqualTo(SchemaDialect.OpenApi30));
            Assert.That(One("{}", "3.1.0").Document.Dialect, Is.EqualTo(SchemaDialect.OpenApi31));
        }
    }

    [Test]
    public void Errors_NameOnlyWhatFails_NotTheBranchesAPassingOneOfSetAside()
    {
        // Given: the value matches the second branch of "kind" and breaks "code" elsewhere.
        var schema = One("""
            {
              "type": "object",
              "properties": {
                "kind": {"oneOf": [{"type": "string", "enum": ["A"]}, {"type": "string", "enum": ["B"]}]},
                "extra": {"anyOf": [{"type": "object", "required": ["x"]}, {"type": "object"}]},
                "code": {"type": "string", "pattern": "^to-"}
              }
            }
            """);

        // When
        var result = schema.Validate(System.Text.Json.Nodes.JsonNode.Parse("""{"kind": "B", "extra": {}, "code": "ut-1"}"""));

        // Then
        Assert.That(result.Errors.Select(e => $"{e.Keyword} at {e.InstanceLocation}"), Is.EqualTo(new[] { "pattern at /code" }),
            "the enum of the oneOf branch set aside and the required of the anyOf branch set aside are no reason");
    }

    [Test]
    public void Errors_OfOneItem_StayWhenTheSameSchemaPassedAnotherItem()
    {
        var schema = One("""{"type": "array", "items": {"anyOf": [{"type": "object"}, {"type": "string"}]}}""");

        var result = schema.Validate(System.Text.Json.Nodes.JsonNode.Parse("""[{}, 5]"""));

        Assert.That(result.Errors.Select(e => $"{e.Keyword} at {e.InstanceLocation}").Distinct(), Is.EqualTo(new[] { "type at /1" }),
            "items passed at /0, which sets nothing aside at /1");
    }

    [Test]
    public void UnresolvableRef_IsUnusableNotInvalid()
    {
        // When
        var result = One("""{"$ref": "#/components/schemas/Missing"}""").Validate(System.Text.Json.Nodes.JsonNode.Parse("1"));

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Unusable, Is.Not.Null, "a broken schema is a spec problem, not a verdict on the instance");
        }
    }
}
