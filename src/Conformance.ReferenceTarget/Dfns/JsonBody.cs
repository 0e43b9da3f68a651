using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Conformance.ReferenceTarget.Dfns;

/// <summary>Reads a request body as the exact string the user action binds (D7) and as a JSON object.</summary>
internal static class JsonBody
{
    public static async Task<string> ReadStringAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
    }

    /// <summary>
    /// The body as a JSON object, or false when the content type is not application/json or the
    /// text is not a JSON object (D14: wrong content type and malformed JSON are both 400).
    /// <paramref name="anyMediaType"/>: the reading D14-alt-c, JSON read whatever the media type.
    /// </summary>
    public static bool TryParseObject(string? contentType, string body, out JsonElement root, bool anyMediaType = false)
    {
        root = default;
        if (!anyMediaType && (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !string.Equals(mediaType.MediaType, "application/json", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
            return root.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>A string property, or null when absent or not a string.</summary>
    public static string? StringProperty(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>True when every property name of the object is in <paramref name="allowed"/> (additionalProperties: false).</summary>
    public static bool OnlyHas(JsonElement root, params string[] allowed) =>
        root.EnumerateObject().All(p => allowed.Contains(p.Name, StringComparer.Ordinal));
}
