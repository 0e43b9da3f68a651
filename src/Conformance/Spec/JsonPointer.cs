using System.Text.Json.Nodes;

namespace Conformance.Spec;

/// <summary>RFC 6901 JSON pointers: escaping and lookup.</summary>
internal static class JsonPointer
{
    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Unescape(string token) => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    public static string Append(string pointer, string token) => pointer + "/" + Escape(token);

    public static JsonNode? Resolve(JsonNode? root, string pointer)
    {
        var node = root;
        foreach (var raw in pointer.TrimStart('#').Split('/').Skip(1))
        {
            var token = Unescape(raw);
            node = node switch
            {
                JsonObject o => o[token],
                JsonArray a when int.TryParse(token, out var i) && i >= 0 && i < a.Count => a[i],
                _ => null,
            };
        }

        return node;
    }
}
