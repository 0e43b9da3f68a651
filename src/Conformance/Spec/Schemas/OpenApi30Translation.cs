using System.Text.Json.Nodes;

namespace Conformance.Spec.Schemas;

/// <summary>
/// Rewrites OpenAPI 3.0 schema objects as JSON Schema 2020-12, in place: <c>nullable: true</c>
/// adds <c>"null"</c> to the type (or, beside allOf/oneOf/anyOf without a type, allows null
/// next to them); a boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c> turns its
/// <c>minimum</c>/<c>maximum</c> into the numeric 2020-12 keyword; <c>example</c> becomes
/// <c>examples</c>; a <c>$ref</c> loses its siblings (3.0 §4.7.24.3: they are ignored). An
/// enum is left as written: 3.0.3 lists <c>null</c> in it when null is allowed. <c>x-</c>
/// keywords stay; validators ignore unknown keywords.
/// </summary>
internal static class OpenApi30Translation
{
    private static readonly string[] SchemaMaps = ["properties", "patternProperties"];
    private static readonly string[] SchemaValues = ["items", "additionalProperties", "not"];
    private static readonly string[] SchemaLists = ["allOf", "anyOf", "oneOf"];

    /// <summary>Translates every schema object of the document: components.schemas and every <c>schema</c> field.</summary>
    public static void TranslateDocument(JsonObject root)
    {
        if (root["components"]?["schemas"] is JsonObject schemas)
        {
            foreach (var (_, schema) in schemas) Translate(schema);
        }

        Walk(root);
    }

    private static void Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o.ToList())
                {
                    if (key.StartsWith("x-", StringComparison.Ordinal) || key is "example" or "examples") continue;
                    if (key == "schema") Translate(child);
                    else Walk(child);
                }

                break;
            case JsonArray a:
                foreach (var child in a) Walk(child);
                break;
        }
    }

    public static void Translate(JsonNode? node)
    {
        if (node is not JsonObject s) return;
        if (s.ContainsKey("$ref"))
        {
            foreach (var key in s.Select(kv => kv.Key).Where(k => k != "$ref").ToList()) s.Remove(key);
            return;
        }

        Bound(s, "exclusiveMinimum", "minimum");
        Bound(s, "exclusiveMaximum", "maximum");
        if (s["example"] is { } example && !s.ContainsKey("examples"))
        {
            s.Remove("example");
            s["examples"] = new JsonArray(example.DeepClone());
        }
        else
        {
            s.Remove("example");
        }

        foreach (var key in SchemaMaps)
        {
            if (s[key] is JsonObject map) foreach (var (_, child) in map) Translate(child);
        }

        foreach (var key in SchemaValues) Translate(s[key]);
        foreach (var key in SchemaLists)
        {
            if (s[key] is JsonArray list) foreach (var child in list) Translate(child);
        }

        Nullable(s);
    }

    private static void Bound(JsonObject s, string exclusive, string inclusive)
    {
        if (s[exclusive] is not JsonValue flag || !flag.TryGetValue<bool>(out var on)) return;
        s.Remove(exclusive);
        if (on && s[inclusive] is { } bound)
        {
            s.Remove(inclusive);
            s[exclusive] = bound;
        }
    }

    private static void Nullable(JsonObject s)
    {
        var nullable = s["nullable"] is JsonValue v && v.TryGetValue<bool>(out var b) && b;
        s.Remove("nullable");
        if (!nullable) return;
        switch (s["type"])
        {
            case JsonValue t when t.TryGetValue<string>(out var type):
                s["type"] = new JsonArray(type, "null");
                return;
            case JsonArray types:
                if (!types.Any(x => x?.GetValue<string>() == "null")) types.Add("null");
                return;
        }

        var composed = SchemaLists.Where(s.ContainsKey).ToList();
        if (composed.Count == 0) return;
        var inner = new JsonObject();
        foreach (var key in composed)
        {
            inner[key] = s[key]!.DeepClone();
            s.Remove(key);
        }

        s["anyOf"] = new JsonArray(inner, new JsonObject { ["type"] = "null" });
    }
}
