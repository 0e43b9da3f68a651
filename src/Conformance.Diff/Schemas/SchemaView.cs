using System.Text.Json.Nodes;

namespace Conformance.Diff.Schemas;

/// <summary>
/// A schema with its <c>$ref</c> chain followed and its <c>allOf</c> members merged, so that two
/// versions are compared by what they mean rather than by how they are spelled.
/// </summary>
/// <param name="Keywords">The schema's own keywords (of the $ref target), allOf members merged in;
/// the values are the document's own nodes, shared, never modified.</param>
/// <param name="Pointer">Where the schema lives (the $ref target, not the $ref).</param>
/// <param name="Types">Allowed JSON types; null = any.</param>
/// <param name="ExternalRef">A $ref that could not be followed (another file, or a dangling pointer).</param>
internal sealed record SchemaView(
    IReadOnlyDictionary<string, JsonNode?> Keywords,
    string Pointer,
    IReadOnlySet<string>? Types,
    IReadOnlyDictionary<string, (JsonNode? Node, string Pointer)> Properties,
    IReadOnlySet<string> Required,
    string? ExternalRef)
{
    public JsonNode? this[string keyword] => Keywords.GetValueOrDefault(keyword);

    /// <summary>No further properties allowed (<c>additionalProperties: false</c>).</summary>
    public bool IsClosed =>
        JsonRead.Bool(this["additionalProperties"]) == false || JsonRead.Bool(this["unevaluatedProperties"]) == false;

    public bool MayBe(string type) => Types is null || Types.Contains(type);

    public bool IsObjectLike => (MayBe("object") && (Properties.Count > 0 || Required.Count > 0 || Keywords.ContainsKey("additionalProperties")))
        || Types?.Contains("object") == true;

    /// <summary>Same keywords and property names (a cheap identity for pairing oneOf variants).</summary>
    public bool SameShape(SchemaView other) =>
        Keywords.Count == other.Keywords.Count
        && Keywords.All(kv => other.Keywords.TryGetValue(kv.Key, out var v) && JsonNode.DeepEquals(kv.Value, v))
        && Properties.Keys.Order(StringComparer.Ordinal).SequenceEqual(other.Properties.Keys.Order(StringComparer.Ordinal));
}
