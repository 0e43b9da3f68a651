using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Checks;

/// <summary>Dotted paths into JSON (<c>response.status</c>); <c>a|b</c> takes the first present.</summary>
internal static class JsonPath
{
    public static bool TryGet(JsonNode? root, string path, out JsonNode? value)
    {
        foreach (var alternative in path.Split('|'))
        {
            var node = root;
            var found = true;
            foreach (var segment in alternative.Split('.'))
            {
                if (node is JsonObject o && o.TryGetPropertyValue(segment, out var child))
                {
                    node = child;
                }
                else
                {
                    found = false;
                    break;
                }
            }

            if (found)
            {
                value = node;
                return true;
            }
        }

        value = null;
        return false;
    }

    public static string? Text(JsonNode? root, string path) =>
        TryGet(root, path, out var v) && v is JsonValue value
            ? value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString()
            : null;
}
