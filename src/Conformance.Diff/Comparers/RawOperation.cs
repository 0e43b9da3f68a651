using System.Text.Json.Nodes;
using Conformance.Diff.Schemas;
using Conformance.Spec;

namespace Conformance.Diff.Comparers;

/// <summary>
/// The raw JSON of one operation, with its parameters, request body and responses followed
/// through <c>$ref</c>s to <c>components</c>; each part keeps the pointer where it really lives.
/// </summary>
internal sealed class RawOperation(SchemaResolver resolver, ApiOperation operation)
{
    public JsonObject Node { get; } = Spec.JsonPointer.Resolve(resolver.Root, operation.Pointer) as JsonObject ?? [];

    public ApiOperation Operation { get; } = operation;

    /// <summary>Path-level parameters, overridden by operation-level ones of the same name and location.
    /// <c>Entry</c> is where the parameter is listed, <c>Pointer</c> where its definition lives.</summary>
    public IEnumerable<(JsonObject Node, string Pointer, string Entry)> Parameters()
    {
        var pathPointer = Operation.Pointer[..Operation.Pointer.LastIndexOf('/')];
        var seen = new Dictionary<string, (JsonObject, string, string)>(StringComparer.Ordinal);
        foreach (var listPointer in new[] { pathPointer + "/parameters", Operation.Pointer + "/parameters" })
        {
            var list = Spec.JsonPointer.Resolve(resolver.Root, listPointer) as JsonArray ?? [];
            for (var i = 0; i < list.Count; i++)
            {
                var (node, at, _) = resolver.Follow(list[i], $"{listPointer}/{i}");
                if (node is JsonObject p) seen[$"{JsonRead.Text(p["in"])}:{JsonRead.Text(p["name"])}"] = (p, at, $"{listPointer}/{i}");
            }
        }

        return seen.Values;
    }

    public (JsonObject Node, string Pointer)? RequestBody() => Follow(Node["requestBody"], Operation.Pointer + "/requestBody");

    /// <summary>Each response: <c>Entry</c> is where the operation lists the status, <c>Pointer</c>
    /// where its (possibly shared, $ref'd) definition lives.</summary>
    public IEnumerable<(string Status, JsonObject Node, string Pointer, string Entry)> Responses()
    {
        foreach (var (status, value) in Node["responses"] as JsonObject ?? [])
        {
            var entry = Spec.JsonPointer.Append(Operation.Pointer + "/responses", status);
            if (Follow(value, entry) is var (node, at)) yield return (status, node, at, entry);
        }
    }

    /// <summary>The schema of each media type under <c>content</c>, keyed by the type without parameters.</summary>
    public static Dictionary<string, (JsonNode? Schema, string Pointer)> Content(JsonObject owner, string ownerPointer)
    {
        var result = new Dictionary<string, (JsonNode?, string)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (mediaType, media) in owner["content"] as JsonObject ?? [])
        {
            var at = Spec.JsonPointer.Append(ownerPointer + "/content", mediaType);
            result.TryAdd(mediaType.Split(';')[0].Trim(), ((media as JsonObject)?["schema"], at + "/schema"));
        }

        return result;
    }

    private (JsonObject, string)? Follow(JsonNode? node, string pointer) =>
        node is null ? null : resolver.Follow(node, pointer) is (JsonObject o, var at, _) ? (o, at) : null;
}
