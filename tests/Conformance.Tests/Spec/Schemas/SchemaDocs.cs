using System.Text.Json.Nodes;
using Conformance.Spec.Schemas;

namespace Conformance.Tests.Spec.Schemas;

/// <summary>Schemas for tests: a document whose <c>components.schemas</c> hold them, in a dialect by version.</summary>
internal static class SchemaDocs
{
    /// <summary>The schema <c>S</c> of a document with <paramref name="components"/> (JSON of components.schemas).</summary>
    public static SchemaRef Ref(string components, string name = "S", string openapi = "3.1.0")
    {
        var root = new JsonObject
        {
            ["openapi"] = openapi,
            ["components"] = new JsonObject { ["schemas"] = JsonNode.Parse(components) },
        };
        return SchemaDocument.For(root, openapi).At($"/components/schemas/{name}");
    }

    /// <summary>One schema as <c>S</c>.</summary>
    public static SchemaRef One(string schema, string openapi = "3.1.0") => Ref($$"""{"S": {{schema}}}""", "S", openapi);

    public static bool Valid(SchemaRef schema, string instance, bool assertFormats = false) =>
        schema.Validate(JsonNode.Parse(instance), assertFormats).IsValid;
}
