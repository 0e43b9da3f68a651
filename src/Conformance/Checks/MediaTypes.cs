using System.Text.Json.Nodes;
using Conformance.Spec;

namespace Conformance.Checks;

/// <summary>
/// How a response body is judged by its media type. A documented key may be a range
/// (<c>text/*</c>, <c>*/*</c>; OpenAPI 3.1.0 §4.8.14 Media Type Object) and carries no parameters
/// that matter (<c>charset</c>). A JSON body is validated as JSON; any other body only where its
/// schema describes text (a string), which the body then is — never parsed as JSON.
/// </summary>
internal static class MediaTypes
{
    /// <summary>The type/subtype of a Content-Type or a documented key, lower case, without parameters.</summary>
    public static string Essence(string? mediaType) => (mediaType ?? "").Split(';')[0].Trim().ToLowerInvariant();

    /// <summary>JSON and its structured-syntax suffix (RFC 6839 §3.1: <c>application/problem+json</c>).</summary>
    public static bool IsJson(string? mediaType) => Essence(mediaType) is var e && (e.EndsWith("/json", StringComparison.Ordinal) || e.EndsWith("+json", StringComparison.Ordinal));

    /// <summary>Whether the documented key (maybe a range) covers the actual media type.</summary>
    public static bool Covers(string documented, string? actual)
    {
        var key = Essence(documented);
        var type = Essence(actual);
        if (key == "*/*" || key == type) return true;
        return key.EndsWith("/*", StringComparison.Ordinal) && type.StartsWith(key[..^1], StringComparison.Ordinal);
    }

    /// <summary>The documented media type the body is judged against: its own (exact, then a range); a JSON body falls back to the documented JSON.</summary>
    public static ApiMediaType? Documented(ApiResponse documented, string? actual) =>
        documented.Content.FirstOrDefault(c => Essence(c.MediaType) == Essence(actual))
        ?? documented.Content.FirstOrDefault(c => Covers(c.MediaType, actual))
        ?? (IsJson(actual) || Essence(actual).Length == 0 ? documented.Content.FirstOrDefault(c => IsJson(c.MediaType)) : null);

    /// <summary>
    /// The JSON instance to validate a non-JSON body as, or null when its schema cannot judge it:
    /// a text body is a string when its schema is a string schema (RFC 8259 string of the body's
    /// text); a binary string (<c>format: binary</c>) or an XML body is judged by media type only.
    /// </summary>
    public static JsonNode? AsStringInstance(ApiMediaType media, string body)
    {
        if (media.Schema is not { } schema || Essence(media.MediaType).EndsWith("xml", StringComparison.Ordinal)) return null;
        if (schema.Document.NodeAt(schema.Document.Follow(schema.Pointer)) is not JsonObject node || !IsStringType(node["type"])) return null;
        return node["format"]?.GetValue<string>() is "binary" or "byte" ? null : JsonValue.Create(body);
    }

    /// <summary><c>type: string</c>, or a 3.1 type list of string (and null) only.</summary>
    private static bool IsStringType(JsonNode? type) => type switch
    {
        JsonValue v => v.TryGetValue<string>(out var t) && t == "string",
        JsonArray a => a.Count > 0 && a.All(t => t?.GetValue<string>() is "string" or "null") && a.Any(t => t?.GetValue<string>() == "string"),
        _ => false,
    };
}
