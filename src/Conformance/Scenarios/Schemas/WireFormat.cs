using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Spec;

namespace Conformance.Scenarios.Schemas;

/// <summary>
/// How values travel as text — parameters (OpenAPI 3 §4.8.12.4 styles), form and multipart
/// bodies — and how a server reads them back by the schema (a number where a number is allowed),
/// so a violation is checked as the server will see it: <c>12345</c> for a string parameter is
/// the string "12345", not a wrong type.
/// </summary>
internal static class WireFormat
{
    public const string Boundary = "conformance-boundary-7d1c";

    public static string Text(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        JsonValue v => v.ToJsonString(),
        _ => value.ToJsonString(),
    };

    /// <summary>The query pairs of one query parameter (form/explode: a name per array item).</summary>
    public static IEnumerable<KeyValuePair<string, string>> Query(ApiParameter parameter, JsonNode? value)
    {
        switch (value)
        {
            case JsonArray items when parameter.Explode && parameter.Style == "form":
                foreach (var item in items) yield return new(parameter.Name, Text(item));
                break;
            case JsonArray items:
                yield return new(parameter.Name, string.Join(Delimiter(parameter.Style), items.Select(Text)));
                break;
            case JsonObject obj when parameter.Style == "deepObject":
                foreach (var (key, v) in obj) yield return new($"{parameter.Name}[{key}]", Text(v));
                break;
            case JsonObject obj when parameter.Explode:
                foreach (var (key, v) in obj) yield return new(key, Text(v));
                break;
            default:
                yield return new(parameter.Name, Text(value));
                break;
        }
    }

    /// <summary>A path, header or cookie value (simple style: arrays comma-separated).</summary>
    public static string Single(JsonNode? value) => value is JsonArray items ? string.Join(",", items.Select(Text)) : Text(value);

    private static string Delimiter(string style) => style switch
    {
        "spaceDelimited" => " ",
        "pipeDelimited" => "|",
        _ => ",",
    };

    /// <summary>The value as the server parses it back from the text it received, by the schema.</summary>
    public static JsonNode? Read(Shape shape, JsonNode? sent)
    {
        // An array travels as repeated or delimited text: a single value arrives as an array of one.
        if (sent is not JsonArray && shape.Types is { } only && only.Contains("array") && !only.Contains("string") && !only.Contains("object"))
        {
            return Read(shape, new JsonArray(JsonValue.Create(Text(sent))));
        }

        if (sent is JsonArray items && shape.Allows("array"))
        {
            var item = shape.Items;
            return new JsonArray(items.Select(i => item is null ? i?.DeepClone() : Read(item, i)).ToArray());
        }

        if (sent is JsonObject obj && shape.Allows("object"))
        {
            var copy = new JsonObject();
            foreach (var (key, v) in obj) copy[key] = Read(shape.Property(key), v);
            return copy;
        }

        var text = Text(sent);
        if (sent is JsonArray or JsonObject) text = sent.ToJsonString();
        return FromText(shape, text);
    }

    private static JsonNode? FromText(Shape shape, string text)
    {
        if ((shape.Allows("integer") || shape.Allows("number")) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            if (shape.Allows("number") || number == Math.Floor(number)) return number == Math.Floor(number) && Math.Abs(number) < long.MaxValue ? JsonValue.Create((long)number) : JsonValue.Create(number);
        }

        if (shape.Allows("boolean") && text is "true" or "false") return JsonValue.Create(text == "true");
        if (shape.Types is not null && !shape.Types.Contains("string") && (shape.Allows("object") || shape.Allows("array")))
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
                return JsonValue.Create(text);
            }
        }

        if (shape.Allows("null") && shape.Types is not null && !shape.Allows("string") && text.Length == 0) return null;
        return JsonValue.Create(text);
    }

    /// <summary>
    /// Whether the value read back from text at <paramref name="path"/> still has a type the
    /// schema there refuses: a number sent for a string field arrives as the string "12345",
    /// which breaks no type; for a boolean field it still does.
    /// </summary>
    public static bool BreaksType(Shape shape, JsonNode? read, string path)
    {
        var at = ShapeAt(shape, path);
        var kind = Kind(At(read, path));
        return at is null || !(at.Allows(kind) || (kind == "number" && at.Allows("integer") && IsWhole(At(read, path))));
    }

    private static bool IsWhole(JsonNode? node) => node is JsonValue v && v.TryGetValue<decimal>(out var d) && d == Math.Floor(d);

    private static Shape? ShapeAt(Shape shape, string path)
    {
        Shape? at = shape;
        foreach (var raw in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = raw.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? raw : raw[..bracket];
            if (name.Length > 0) at = at?.Property(name);
            if (bracket >= 0) at = at?.Items;
        }

        return at;
    }

    private static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v when v.TryGetValue<string>(out _) => "string",
        JsonValue v when v.TryGetValue<bool>(out _) => "boolean",
        _ => "number",
    };

    /// <summary>The node at an instance path of <see cref="ViolationWalker"/> (<c>a.b</c>, <c>a[]</c> = the first item).</summary>
    private static JsonNode? At(JsonNode? node, string path)
    {
        foreach (var raw in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = raw;
            var bracket = name.IndexOf('[', StringComparison.Ordinal);
            var indexes = bracket < 0 ? "" : name[bracket..];
            if (bracket >= 0) name = name[..bracket];
            if (name.Length > 0) node = (node as JsonObject)?[name];
            foreach (var index in indexes.Split('[', StringSplitOptions.RemoveEmptyEntries))
            {
                var i = int.TryParse(index.TrimEnd(']'), out var n) ? n : 0;
                node = node is JsonArray a && a.Count > i ? a[i] : null;
            }
        }

        return node;
    }

    /// <summary><c>application/x-www-form-urlencoded</c>: each property; arrays as repeated names, objects as JSON.</summary>
    public static string Form(JsonObject body) =>
        string.Join("&", body.SelectMany(p => p.Value is JsonArray items ? items.Select(i => (p.Key, Value: Text(i))) : [(p.Key, Value: Text(p.Value))])
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));

    /// <summary><c>multipart/form-data</c>: one part per property (an array: one part per item), objects as JSON parts.</summary>
    public static string Multipart(JsonObject body)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in body)
        {
            foreach (var part in value is JsonArray items ? items.ToArray() : [value])
            {
                text.Append("--").Append(Boundary).Append("\r\n");
                text.Append("Content-Disposition: form-data; name=\"").Append(name).Append("\"\r\n");
                if (part is JsonObject or JsonArray) text.Append("Content-Type: application/json\r\n");
                text.Append("\r\n").Append(Text(part)).Append("\r\n");
            }
        }

        return text.Append("--").Append(Boundary).Append("--\r\n").ToString();
    }

    public static string MultipartContentType(string mediaType) => $"{mediaType}; boundary={Boundary}";
}
