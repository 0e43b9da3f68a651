using System.Text.Json.Nodes;
using Conformance.Diff.Schemas;

namespace Conformance.Diff.Tests;

/// <summary>Schema corners that the loader-based corpus cannot reach (NSwag refuses ref loops).</summary>
[TestFixture]
public sealed class SchemaComparerTests
{
    [Test]
    public void RefLoopTerminatesAndIsNoChange()
    {
        const string Loop = """{"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}""";
        Assert.That(Compare(Loop, Loop, "A"), Is.Empty);
    }

    [Test]
    public void RecursiveSchemaReportsADeepChangeOnce()
    {
        const string Old = """{"Node": {"type": "object", "properties": {"name": {"type": "string", "maxLength": 64}, "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}}}""";
        var @new = Old.Replace("64", "32", StringComparison.Ordinal);
        var deltas = Compare(Old, @new, "Node");
        Assert.That(deltas.Select(d => (d.Kind, d.Path)), Is.EqualTo(new[] { (SchemaDeltaKind.ConstraintTightened, "name") }));
    }

    [TestCase("""{"type": "integer"}""", """{"type": "number"}""", nameof(SchemaDeltaKind.TypeWidened))]
    [TestCase("""{"type": "number"}""", """{"type": "integer"}""", nameof(SchemaDeltaKind.TypeNarrowed))]
    [TestCase("""{}""", """{"type": "string"}""", nameof(SchemaDeltaKind.TypeNarrowed))]
    [TestCase("""{"type": "string"}""", """{"type": "boolean"}""", nameof(SchemaDeltaKind.TypeChanged))]
    [TestCase("""{"type": "string"}""", """{"type": "string", "enum": ["a"]}""", nameof(SchemaDeltaKind.EnumValuesRemoved))]
    [TestCase("""{"type": "string", "const": "a"}""", """{"type": "string", "enum": ["a", "b"]}""", nameof(SchemaDeltaKind.EnumValuesAdded))]
    [TestCase("""{"type": "number", "multipleOf": 2}""", """{"type": "number", "multipleOf": 4}""", nameof(SchemaDeltaKind.ConstraintTightened))]
    [TestCase("""{"type": "number", "multipleOf": 4}""", """{"type": "number", "multipleOf": 2}""", nameof(SchemaDeltaKind.ConstraintRelaxed))]
    [TestCase("""{"type": "number", "minimum": 1}""", """{"type": "number", "minimum": 1, "exclusiveMinimum": true}""", nameof(SchemaDeltaKind.ConstraintTightened))]
    [TestCase("""{"type": "array", "items": {"type": "string"}}""", """{"type": "array", "items": {"type": "string"}, "uniqueItems": true}""", nameof(SchemaDeltaKind.ConstraintTightened))]
    [TestCase("""{"type": "string", "format": "uuid"}""", """{"type": "string"}""", nameof(SchemaDeltaKind.ConstraintRelaxed))]
    [TestCase("""{"type": "string", "pattern": "^a"}""", """{"type": "string", "pattern": "^b"}""", nameof(SchemaDeltaKind.PatternChanged))]
    [TestCase("""{"type": "string", "pattern": "^a"}""", """{"type": "string"}""", nameof(SchemaDeltaKind.PatternRemoved))]
    [TestCase("""true""", """false""", nameof(SchemaDeltaKind.TypeNarrowed))]
    public void KeywordChangeIsClassified(string old, string @new, string expected)
    {
        var deltas = Compare($$"""{"S": {{old}}}""", $$"""{"S": {{@new}}}""", "S");
        Assert.That(deltas.Select(d => d.Kind.ToString()), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void PropertiesMovedBetweenAllOfMembersAreNoChange()
    {
        const string Old = """{"S": {"allOf": [{"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}, {"properties": {"b": {"type": "integer"}}}]}}""";
        const string New = """{"S": {"type": "object", "properties": {"b": {"type": "integer"}, "a": {"type": "string"}}, "required": ["a"]}}""";
        Assert.That(Compare(Old, New, "S"), Is.Empty);
    }

    [Test]
    public void ExternalRefIsComparedByItsText()
    {
        var deltas = Compare("""{"S": {"$ref": "other.yaml#/A"}}""", """{"S": {"$ref": "other.yaml#/B"}}""", "S");
        Assert.That(deltas.Select(d => d.Kind), Is.EqualTo(new[] { SchemaDeltaKind.RefChanged }));
    }

    [Test]
    public void RemovedPropertyKnowsWhetherTheNewSchemaIsClosed()
    {
        var deltas = Compare(
            """{"S": {"type": "object", "properties": {"a": {}, "b": {}}, "additionalProperties": false}}""",
            """{"S": {"type": "object", "properties": {"a": {}}, "additionalProperties": false}}""",
            "S");
        Assert.That(deltas.Single(), Has.Property(nameof(SchemaDelta.Kind)).EqualTo(SchemaDeltaKind.OptionalPropertyRemoved).And.Property(nameof(SchemaDelta.Closed)).True);
    }

    [Test]
    public void PropertyNamedOnlyInRequiredIsComparedAsAnyValue()
    {
        var deltas = Compare(
            """{"S": {"type": "object", "required": ["a"]}}""",
            """{"S": {"type": "object", "properties": {"a": {"type": "string", "maxLength": 3}}, "required": ["a"]}}""",
            "S");
        Assert.That(deltas.Select(d => (d.Kind, d.Path)), Is.EquivalentTo(new[] { (SchemaDeltaKind.TypeNarrowed, "a"), (SchemaDeltaKind.ConstraintTightened, "a") }));
    }

    private static IReadOnlyList<SchemaDelta> Compare(string oldSchemas, string newSchemas, string name)
    {
        static SchemaResolver Resolver(string schemas) =>
            new(new JsonObject { ["components"] = new JsonObject { ["schemas"] = JsonNode.Parse(schemas) } });
        var pointer = "/components/schemas/" + name;
        var old = Resolver(oldSchemas);
        var @new = Resolver(newSchemas);
        return new SchemaComparer(old, @new).Compare(
            Conformance.Spec.JsonPointer.Resolve(old.Root, pointer), pointer,
            Conformance.Spec.JsonPointer.Resolve(@new.Root, pointer), pointer);
    }
}
