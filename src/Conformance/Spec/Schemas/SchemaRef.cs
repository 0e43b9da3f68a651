using System.Text.Json.Nodes;

namespace Conformance.Spec.Schemas;

/// <summary>
/// A schema of a loaded document: the document and the JSON pointer of the schema object in it
/// (already translated to JSON Schema 2020-12). Checks and generators use this value, never a
/// validator library's types.
/// </summary>
public sealed record SchemaRef(SchemaDocument Document, string Pointer)
{
    /// <summary>The schema object (or boolean schema) as JSON.</summary>
    public JsonNode? Node => Document.NodeAt(Pointer);

    /// <summary>Validates an instance; formats are annotations unless <paramref name="assertFormats"/>.</summary>
    public SchemaResult Validate(JsonNode? instance, bool assertFormats = false) => Document.Validate(Pointer, instance, assertFormats);

    public override string ToString() => "#" + Pointer;
}
