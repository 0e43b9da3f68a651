using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Conformance.Diff;

/// <summary>
/// Compares two typed vocabulary values (records from the spec model) field by field. The typed
/// form is compared rather than the raw YAML so that writing a default out (<c>window-seconds:
/// 300</c>) or leaving it implicit is no change.
/// </summary>
internal static class ValueDiff
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.KebabCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower), new StatusMatcherText() },
    };

    /// <summary>Null when equal; otherwise the leaf fields that differ, e.g. <c>expect.status 200 → 400</c>.</summary>
    public static string? Describe(object? old, object? @new)
    {
        if (StructuralEquality.Same(old, @new)) return null;
        var o = old is null ? null : JsonSerializer.SerializeToNode(old, old.GetType(), Options);
        var n = @new is null ? null : JsonSerializer.SerializeToNode(@new, @new.GetType(), Options);
        if (JsonNode.DeepEquals(o, n)) return null;
        if (o is not JsonObject || n is not JsonObject) return $"{Show(o, old)} → {Show(n, @new)}";
        return string.Join("; ", Leaves(o, n, ""));
    }

    private static IEnumerable<string> Leaves(JsonNode? o, JsonNode? n, string path)
    {
        if (JsonNode.DeepEquals(o, n)) yield break;
        if (o is JsonObject oo && n is JsonObject no)
        {
            foreach (var key in oo.Select(kv => kv.Key).Union(no.Select(kv => kv.Key)))
            {
                foreach (var leaf in Leaves(oo[key], no[key], path.Length == 0 ? key : $"{path}.{key}")) yield return leaf;
            }

            yield break;
        }

        if (o is JsonArray oa && n is JsonArray na && oa.Count == na.Count)
        {
            for (var i = 0; i < oa.Count; i++)
            {
                foreach (var leaf in Leaves(oa[i], na[i], $"{path}[{i}]")) yield return leaf;
            }

            yield break;
        }

        yield return $"{path} {JsonRead.Show(o)} → {JsonRead.Show(n)}";
    }

    private static string Show(JsonNode? node, object? value) => value switch
    {
        null => "none",
        string s => $"'{s}'",
        _ => node!.ToJsonString(),
    };
}
