using System.Text.Json.Nodes;

namespace Conformance.Diff.Schemas;

/// <summary>
/// Builds <see cref="SchemaView"/>s from one document: follows local <c>$ref</c>s (guarding
/// against ref loops) and merges <c>allOf</c>. Refs to other files are not fetched: they are
/// compared by their text. Views are cached by pointer: a shared component is built once, however
/// many operations use it.
/// </summary>
internal sealed class SchemaResolver(JsonObject root)
{
    private const int MaxDepth = 32;
    private readonly Dictionary<string, SchemaView> cache = new(StringComparer.Ordinal);

    public JsonObject Root { get; } = root;

    /// <summary>Follows a chain of local $refs; returns the target and its pointer, or the
    /// unfollowable ref text.</summary>
    public (JsonNode? Node, string Pointer, string? External) Follow(JsonNode? node, string pointer)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (node is JsonObject o && JsonRead.Text(o["$ref"]) is { } reference)
        {
            if (!reference.StartsWith('#') || !seen.Add(reference) || seen.Count > MaxDepth) return (node, pointer, reference);
            var target = Conformance.Spec.JsonPointer.Resolve(Root, reference);
            if (target is null) return (node, pointer, reference);
            node = target;
            pointer = reference[1..];
        }

        return (node, pointer, null);
    }

    /// <summary>The view of <paramref name="node"/>, which must be the node at <paramref name="pointer"/>
    /// (or null for an absent keyword at that place).</summary>
    public SchemaView View(JsonNode? node, string pointer) => View(node, pointer, 0);

    private SchemaView View(JsonNode? node, string pointer, int depth)
    {
        if (cache.TryGetValue(pointer, out var cached)) return cached;
        var view = Build(node, pointer, depth);
        cache[pointer] = view;
        if (view.ExternalRef is null) cache.TryAdd(view.Pointer, view);
        return view;
    }

    private SchemaView Build(JsonNode? node, string pointer, int depth)
    {
        var (target, at, external) = Follow(node, pointer);
        if (at != pointer && external is null && cache.TryGetValue(at, out var shared)) return shared;
        if (JsonRead.Bool(target) is { } allowed)
        {
            // Boolean schemas (3.1): true accepts anything, false accepts nothing.
            return new SchemaView(NoKeywords, at, allowed ? null : new HashSet<string>(), Empty, new HashSet<string>(), null);
        }

        var keywords = target as JsonObject ?? [];
        var properties = new Dictionary<string, (JsonNode?, string)>(StringComparer.Ordinal);
        var required = new HashSet<string>(StringComparer.Ordinal);
        var merged = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        Merge(keywords, at, merged, properties, required);
        if (depth < MaxDepth && keywords["allOf"] is JsonArray all)
        {
            for (var i = 0; i < all.Count; i++)
            {
                var member = View(all[i], $"{at}/allOf/{i}", depth + 1);
                Merge(member.Keywords, member.Pointer, merged, properties, required, member.Properties);
                required.UnionWith(member.Required);
            }
        }

        return new SchemaView(merged, at, Types(merged), properties, required, external);
    }

    private static void Merge(
        IEnumerable<KeyValuePair<string, JsonNode?>> from,
        string pointer,
        Dictionary<string, JsonNode?> into,
        Dictionary<string, (JsonNode?, string)> properties,
        HashSet<string> required,
        IReadOnlyDictionary<string, (JsonNode? Node, string Pointer)>? resolved = null)
    {
        foreach (var (key, value) in from)
        {
            if (key is "allOf" or "properties" or "required") continue;
            into.TryAdd(key, value);
        }

        if (resolved is not null)
        {
            foreach (var (name, p) in resolved) properties.TryAdd(name, p);
            return;
        }

        var own = (JsonObject)from;
        foreach (var (name, schema) in own["properties"] as JsonObject ?? [])
        {
            properties.TryAdd(name, (schema, Conformance.Spec.JsonPointer.Append(pointer + "/properties", name)));
        }

        foreach (var name in own["required"] as JsonArray ?? [])
        {
            if (JsonRead.Text(name) is { } s) required.Add(s);
        }
    }

    /// <summary><c>type</c> as a set, with OpenAPI 3.0 <c>nullable: true</c> read as "or null".</summary>
    private static HashSet<string>? Types(Dictionary<string, JsonNode?> schema)
    {
        var types = schema.GetValueOrDefault("type") switch
        {
            JsonArray a => a.Select(JsonRead.Text).OfType<string>().ToHashSet(StringComparer.Ordinal),
            JsonValue v when JsonRead.Text(v) is { } t => [t],
            _ => null,
        };
        if (types is not null && JsonRead.Bool(schema.GetValueOrDefault("nullable")) == true) types.Add("null");
        return types;
    }

    private static readonly IReadOnlyDictionary<string, (JsonNode?, string)> Empty = new Dictionary<string, (JsonNode?, string)>();
    private static readonly IReadOnlyDictionary<string, JsonNode?> NoKeywords = new Dictionary<string, JsonNode?>();
}
