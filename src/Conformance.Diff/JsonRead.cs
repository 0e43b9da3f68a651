using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Diff;

/// <summary>
/// Kind-based reads of JSON values. The loader builds values from CLR longs, doubles and strings,
/// and <c>JsonValue.TryGetValue&lt;double&gt;</c> does not convert a long-backed value, so numbers
/// are read through their JSON text.
/// </summary>
internal static class JsonRead
{
    public static double? Number(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            ? double.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;

    public static bool IsBool(JsonNode? node) => node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False;

    public static bool? Bool(JsonNode? node) => node is JsonValue v
        ? v.GetValueKind() switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null }
        : null;

    public static string? Text(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>Compact JSON for messages; "none" for a missing node.</summary>
    public static string Show(JsonNode? node) => node is null ? "none" : node.ToJsonString();
}
