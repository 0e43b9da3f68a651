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
        if (s.OneOf.Count > 0) return For(s.OneOf.First(), depth + 1);
        if (s.AnyOf.Count > 0) return For(s.AnyOf.First(), depth + 1);
        if (s.AllOf.Count > 0 && s.ActualProperties.Count == 0) return For(s.AllOf.First(), depth + 1);

        var type = s.Type;
        if (type.HasFlag(JsonObjectType.Object) || s.ActualProperties.Count > 0)
        {
            var obj = new JsonObject();
            foreach (var (name, property) in s.ActualProperties.Where(p => p.Value.IsRequired || s.RequiredProperties.Contains(p.Key)))
            {
                obj[name] = For(property, depth + 1);
            }

            return obj;
        }

        if (type.HasFlag(JsonObjectType.Array))
        {
            return s.MinItems > 0 && s.Item is not null ? new JsonArray(For(s.Item, depth + 1)) : new JsonArray();
        }

        if (type.HasFlag(JsonObjectType.Integer)) return JsonValue.Create((long)(s.Minimum ?? 1));
        if (type.HasFlag(JsonObjectType.Number)) return JsonValue.Create((double)(s.Minimum ?? 1));
        if (type.HasFlag(JsonObjectType.Boolean)) return JsonValue.Create(true);
        if (type.HasFlag(JsonObjectType.String)) return JsonValue.Create(String(s));
        return type == JsonObjectType.None ? JsonValue.Create("conformance") : null;
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
