using System.Globalization;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace Conformance.Scenarios;

/// <summary>
/// A valid value for a schema: the first enum value, else the smallest value that meets the
/// constraints. Deterministic, so scenario ids and requests are stable between runs.
/// </summary>
internal static class SampleValues
{
    public static JsonNode? For(JsonSchema schema, int depth = 0)
    {
        var s = schema.ActualSchema;
        if (depth > 6) return null;
        if (s.Enumeration.Count > 0) return FromObject(s.Enumeration.First());

        // The spec's own example or default is the best valid value there is (it also meets a
        // pattern, which no generic value can promise).
        if (Example(s) is { } example) return FromObject(example);
        if (s.Default is not null) return FromObject(s.Default);
        if (s.OneOf.Count > 0) return For(s.OneOf.First(), depth + 1);
        if (s.AnyOf.Count > 0) return For(s.AnyOf.First(), depth + 1);
        if (s.AllOf.Count > 0) return Merge(s.AllOf.Select(a => For(a, depth + 1)).Append(OwnObject(s, depth)));

        var type = s.Type;
        if (type.HasFlag(JsonObjectType.Object) || s.ActualProperties.Count > 0) return OwnObject(s, depth);

        if (type.HasFlag(JsonObjectType.Array))
        {
            return s.MinItems > 0 && s.Item is not null ? new JsonArray(For(s.Item, depth + 1)) : new JsonArray();
        }

        if (type.HasFlag(JsonObjectType.Integer)) return JsonValue.Create((long)Number(s, 1));
        if (type.HasFlag(JsonObjectType.Number)) return JsonValue.Create((double)Number(s, 0.5m));
        if (type.HasFlag(JsonObjectType.Boolean)) return JsonValue.Create(true);
        if (type.HasFlag(JsonObjectType.String)) return JsonValue.Create(String(s));
        return type == JsonObjectType.None ? JsonValue.Create("conformance") : null;
    }

    /// <summary>The smallest value within the bounds (or the step above an exclusive minimum), else 1.</summary>
    private static decimal Number(JsonSchema s, decimal step)
    {
        var value = s.Minimum is { } min ? (s.IsExclusiveMinimum || s.ExclusiveMinimum is not null ? min + step : min) : 1;
        if (s.ExclusiveMinimum is { } exclusiveMin && value <= exclusiveMin) value = exclusiveMin + step;
        if (s.Maximum is { } max && value > max) value = s.IsExclusiveMaximum ? max - step : max;
        if (s.ExclusiveMaximum is { } exclusiveMax && value >= exclusiveMax) value = exclusiveMax - step;
        return value;
    }

    /// <summary>The required properties the schema itself declares.</summary>
    private static JsonObject OwnObject(JsonSchema s, int depth)
    {
        var obj = new JsonObject();
        foreach (var (name, property) in s.Properties.Where(p => p.Value.IsRequired || s.RequiredProperties.Contains(p.Key)))
        {
            obj[name] = For(property, depth + 1);
        }

        return obj;
    }

    // OpenAPI's `example` (NJsonSchema keeps it, or leaves it in the extension data for plain JSON Schema) or `examples[0]`.
    private static object? Example(JsonSchema s) =>
        s.Example
        ?? Extension(s, "example")
        ?? (Extension(s, "examples") as System.Collections.IEnumerable)?.Cast<object?>().FirstOrDefault();

    private static object? Extension(JsonSchema s, string name) =>
        s.ExtensionData is { } data && data.TryGetValue(name, out var value) ? value : null;

    /// <summary>allOf: every member's properties together.</summary>
    private static JsonNode? Merge(IEnumerable<JsonNode?> parts)
    {
        var merged = new JsonObject();
        foreach (var part in parts)
        {
            if (part is not JsonObject o) return part;
            foreach (var (key, value) in o) merged[key] = value?.DeepClone();
        }

        return merged;
    }

    private static string String(JsonSchema s)
    {
        var value = s.Format switch
        {
            "date-time" => "2026-01-01T00:00:00Z",
            "date" => "2026-01-01",
            "uuid" => "00000000-0000-4000-8000-000000000000",
            "email" => "conformance@example.com",
            "uri" => "https://example.com/",
            _ => "conformance",
        };
        if (s.MinLength is { } min && value.Length < min) value = value.PadRight(min, 'x');
        if (s.MaxLength is { } max && value.Length > max) value = value[..max];
        return value;
    }

    public static JsonNode? FromObject(object? value) => value switch
    {
        null => null,
        string str => JsonValue.Create(str),
        bool b => JsonValue.Create(b),
        long l => JsonValue.Create(l),
        int i => JsonValue.Create(i),
        double d => JsonValue.Create(d),
        decimal m => JsonValue.Create(m),
        Newtonsoft.Json.Linq.JToken token => JsonNode.Parse(token.ToString(Newtonsoft.Json.Formatting.None)),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };
}
