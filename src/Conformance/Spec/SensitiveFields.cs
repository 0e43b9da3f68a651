using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Spec;

/// <summary>
/// The names of an operation's fields whose values are secrets: a schema property marked
/// <c>format: password</c> (OpenAPI 3 §4.4 data types), <c>writeOnly: true</c> (JSON Schema
/// validation §9.4: never meant to be returned, so a returned one is a leak to hide) or
/// <c>x-sensitive: true</c> (ours, for the rest: a credential's <c>content</c>, a private key),
/// anywhere in the operation's request and response schemas, through local <c>$ref</c>s.
/// </summary>
internal static class SensitiveFields
{
    public const string Marker = "x-sensitive";

    public static IReadOnlySet<string> Read(JsonObject root, JsonObject operation)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var schema in Schemas(root, operation)) Walk(root, schema, names, seen, 0);
        return names;
    }

    public static bool IsSensitive(JsonNode? schema) => schema is JsonObject o
        && (Flag(o[Marker]) || Flag(o["writeOnly"]) || (o["format"] is JsonValue f && f.GetValueKind() == JsonValueKind.String && f.GetValue<string>() == "password"));

    private static IEnumerable<JsonNode?> Schemas(JsonObject root, JsonObject operation)
    {
        var body = Resolve(root, operation["requestBody"]) as JsonObject;
        foreach (var media in (body?["content"] as JsonObject ?? []).Select(m => m.Value as JsonObject)) yield return media?["schema"];
        foreach (var response in (operation["responses"] as JsonObject ?? []).Select(r => Resolve(root, r.Value) as JsonObject))
        {
            foreach (var media in (response?["content"] as JsonObject ?? []).Select(m => m.Value as JsonObject)) yield return media?["schema"];
        }
    }

    private static void Walk(JsonNode root, JsonNode? node, HashSet<string> names, HashSet<string> seen, int depth)
    {
        if (node is not JsonObject schema || depth > 64) return;
        if (schema["$ref"] is JsonValue r && r.GetValueKind() == JsonValueKind.String)
        {
            var reference = r.GetValue<string>();
            if (seen.Add(reference)) Walk(root, Resolve(root, schema), names, seen, depth + 1);
        }

        foreach (var (name, property) in schema["properties"] as JsonObject ?? [])
        {
            if (IsSensitive(property) || IsSensitive(Resolve(root, property))) names.Add(name);
            Walk(root, property, names, seen, depth + 1);
        }

        foreach (var key in new[] { "items", "additionalProperties", "not", "then", "else", "if" }) Walk(root, schema[key], names, seen, depth + 1);
        foreach (var key in new[] { "allOf", "anyOf", "oneOf", "prefixItems" })
        {
            foreach (var item in schema[key] as JsonArray ?? []) Walk(root, item, names, seen, depth + 1);
        }
    }

    private static JsonNode? Resolve(JsonNode root, JsonNode? node)
    {
        for (var hops = 0; hops < 16 && node is JsonObject o && o["$ref"] is JsonValue r && r.GetValueKind() == JsonValueKind.String; hops++)
        {
            var reference = r.GetValue<string>();
            if (!reference.StartsWith('#')) return null;
            node = JsonPointer.Resolve(root, reference);
        }

        return node;
    }

    private static bool Flag(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.True;
}
