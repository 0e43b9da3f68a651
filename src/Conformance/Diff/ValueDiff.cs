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
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Null when equal; otherwise what differs, e.g. <c>window-seconds 300 → 60</c>.</summary>
    public static string? Describe(object? old, object? @new)
    {
        var o = old is null ? null : JsonSerializer.SerializeToNode(old, old.GetType(), Options);
        var n = @new is null ? null : JsonSerializer.SerializeToNode(@new, @new.GetType(), Options);
        if (JsonNode.DeepEquals(o, n)) return null;
        if (o is not JsonObject oo || n is not JsonObject no) return $"{Show(o, old)} → {Show(n, @new)}";
        var fields = oo.Select(kv => kv.Key).Union(no.Select(kv => kv.Key))
            .Where(k => !JsonNode.DeepEquals(oo[k], no[k]))
            .Select(k => $"{k} {JsonRead.Show(oo[k])} → {JsonRead.Show(no[k])}");
        return string.Join("; ", fields);
    }

    private static string Show(JsonNode? node, object? value) => value switch
    {
        null => "none",
        string s => $"'{s}'",
        _ => node!.ToJsonString(),
    };
}
