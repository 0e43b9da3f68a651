using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Spec;
using Conformance.Spec.Schemas;

namespace Conformance.Scenarios.Schemas;

/// <summary>Reads <see cref="Shape"/>s from a document's schemas, once per set of sources.</summary>
internal sealed class ShapeReader(SchemaDocument document)
{
    private static readonly IReadOnlySet<string> NoChoices = new HashSet<string>();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SchemaDocument, ShapeReader> Readers = [];
    private readonly ConcurrentDictionary<string, Shape> cache = new(StringComparer.Ordinal);

    public SchemaDocument Document { get; } = document;

    /// <summary>The one reader of a document (its shapes are cached for every generator).</summary>
    public static ShapeReader For(SchemaDocument document) => Readers.GetValue(document, d => new ShapeReader(d));

    public Shape Read(SchemaRef schema) => Read([schema.Pointer]);

    public Shape Read(IReadOnlyList<string> sources, IReadOnlySet<string>? resolvedChoices = null)
    {
        resolvedChoices ??= NoChoices;
        var key = string.Join('\n', sources) + "\u0001" + string.Join(',', resolvedChoices.Order(StringComparer.Ordinal));
        return cache.GetOrAdd(key, _ =>
        {
            var shape = new Shape(this, sources, resolvedChoices);
            var visited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var source in sources) Add(shape, source, visited);
            return shape;
        });
    }

    private void Add(Shape shape, string pointer, HashSet<string> visited)
    {
        if (!visited.Add(pointer)) return;
        switch (Document.NodeAt(pointer))
        {
            case JsonValue v when v.TryGetValue<bool>(out var b):
                if (!b) shape.Never = true;
                return;
            case JsonObject o:
                Keywords(shape, o, pointer, visited);
                return;
        }
    }

    private void Keywords(Shape shape, JsonObject o, string at, HashSet<string> visited)
    {
        if (Text(o["$ref"]) is { } reference && reference.StartsWith('#')) Add(shape, Unescape(reference[1..]), visited);
        if (o["allOf"] is JsonArray all) for (var i = 0; i < all.Count; i++) Add(shape, $"{at}/allOf/{i}", visited);
        foreach (var kind in new[] { "oneOf", "anyOf" })
        {
            if (o[kind] is not JsonArray branches || branches.Count == 0) continue;
            var origin = $"{at}/{kind}";
            if (shape.ResolvedChoices.Contains(origin)) continue;
            var pointers = Enumerable.Range(0, branches.Count).Select(i => $"{origin}/{i}").ToList();
            shape.Choices.Add(new Choice(kind, origin, pointers, Text(o["discriminator"]?["propertyName"]), Mapping(o, pointers)));
            shape.Constraints.Add(new Constraint(kind, origin));
        }

        Type(shape, o, at);
        if (o.TryGetPropertyValue("const", out var constant))
        {
            shape.HasConst = true;
            shape.Const = constant?.DeepClone();
            shape.Constraints.Add(new Constraint("const", at + "/const"));
        }

        if (o["enum"] is JsonArray values && values.Count > 0)
        {
            shape.Enum ??= (JsonArray)values.DeepClone();
            shape.Constraints.Add(new Constraint("enum", at + "/enum"));
        }

        Strings(shape, o, at);
        Numbers(shape, o, at);
        Arrays(shape, o, at);
        Objects(shape, o, at);
        Annotations(shape, o);
    }

    private static void Type(Shape shape, JsonObject o, string at)
    {
        var types = o["type"] switch
        {
            JsonValue t when t.TryGetValue<string>(out var one) => new HashSet<string>(StringComparer.Ordinal) { one },
            JsonArray many => many.Select(Text).OfType<string>().ToHashSet(StringComparer.Ordinal),
            _ => null,
        };
        if (types is null) return;

        // "number" admits integers; intersecting keeps what every member allows.
        if (types.Contains("number")) types.Add("integer");
        shape.Types = shape.Types is null ? types : shape.Types.Intersect(types).ToHashSet(StringComparer.Ordinal);
        shape.Constraints.Add(new Constraint("type", at + "/type"));
    }

    private static void Strings(Shape shape, JsonObject o, string at)
    {
        if (Int(o["minLength"]) is { } min)
        {
            shape.MinLength = Math.Max(shape.MinLength ?? 0, min);
            if (min > 0) shape.Constraints.Add(new Constraint("minLength", at + "/minLength"));
        }

        if (Int(o["maxLength"]) is { } max)
        {
            shape.MaxLength = Math.Min(shape.MaxLength ?? int.MaxValue, max);
            shape.Constraints.Add(new Constraint("maxLength", at + "/maxLength"));
        }

        if (Text(o["pattern"]) is { } pattern)
        {
            shape.Patterns.Add(pattern);
            shape.Constraints.Add(new Constraint("pattern", at + "/pattern"));
        }

        if (Text(o["format"]) is { } format)
        {
            shape.Format ??= format;
            shape.Constraints.Add(new Constraint("format", at + "/format"));
        }
    }

    private static void Numbers(Shape shape, JsonObject o, string at)
    {
        if (Number(o["minimum"]) is { } min)
        {
            shape.Minimum = shape.Minimum is { } m ? Math.Max(m, min) : min;
            shape.Constraints.Add(new Constraint("minimum", at + "/minimum"));
        }

        if (Number(o["maximum"]) is { } max)
        {
            shape.Maximum = shape.Maximum is { } m ? Math.Min(m, max) : max;
            shape.Constraints.Add(new Constraint("maximum", at + "/maximum"));
        }

        if (Number(o["exclusiveMinimum"]) is { } exMin)
        {
            shape.ExclusiveMinimum = shape.ExclusiveMinimum is { } m ? Math.Max(m, exMin) : exMin;
            shape.Constraints.Add(new Constraint("exclusiveMinimum", at + "/exclusiveMinimum"));
        }

        if (Number(o["exclusiveMaximum"]) is { } exMax)
        {
            shape.ExclusiveMaximum = shape.ExclusiveMaximum is { } m ? Math.Min(m, exMax) : exMax;
            shape.Constraints.Add(new Constraint("exclusiveMaximum", at + "/exclusiveMaximum"));
        }

        if (Number(o["multipleOf"]) is { } step && step > 0)
        {
            shape.MultipleOf ??= step;
            shape.Constraints.Add(new Constraint("multipleOf", at + "/multipleOf"));
        }
    }

    private static void Arrays(Shape shape, JsonObject o, string at)
    {
        switch (o["items"])
        {
            case JsonValue v when v.TryGetValue<bool>(out var allowed):
                if (!allowed)
                {
                    shape.ItemsForbidden = true;
                    shape.Constraints.Add(new Constraint("items", at + "/items"));
                }

                break;
            case JsonObject:
                shape.ItemSources.Add(at + "/items");
                break;
        }

        if (o["prefixItems"] is JsonArray prefix)
        {
            for (var i = 0; i < prefix.Count; i++)
            {
                if (shape.PrefixItemSources.Count <= i) shape.PrefixItemSources.Add([]);
                shape.PrefixItemSources[i].Add($"{at}/prefixItems/{i}");
            }
        }

        if (Int(o["minItems"]) is { } min)
        {
            shape.MinItems = Math.Max(shape.MinItems ?? 0, min);
            if (min > 0) shape.Constraints.Add(new Constraint("minItems", at + "/minItems"));
        }

        if (Int(o["maxItems"]) is { } max)
        {
            shape.MaxItems = Math.Min(shape.MaxItems ?? int.MaxValue, max);
            shape.Constraints.Add(new Constraint("maxItems", at + "/maxItems"));
        }

        if (o["uniqueItems"] is JsonValue u && u.TryGetValue<bool>(out var unique) && unique)
        {
            shape.UniqueItems = true;
            shape.Constraints.Add(new Constraint("uniqueItems", at + "/uniqueItems"));
        }
    }

    private static void Objects(Shape shape, JsonObject o, string at)
    {
        if (o["properties"] is JsonObject properties)
        {
            foreach (var (name, _) in properties)
            {
                if (!shape.PropertySources.TryGetValue(name, out var list)) shape.PropertySources[name] = list = [];
                list.Add(JsonPointer.Append(at + "/properties", name));
            }
        }

        if (o["required"] is JsonArray required)
        {
            foreach (var name in required.Select(Text).OfType<string>())
            {
                if (!shape.Required.Contains(name)) shape.Required.Add(name);
                shape.Constraints.Add(new Constraint("required", at + "/required", name));
            }
        }

        switch (o["additionalProperties"])
        {
            case JsonValue v when v.TryGetValue<bool>(out var allowed):
                if (!allowed)
                {
                    shape.AdditionalForbidden = true;
                    shape.Constraints.Add(new Constraint("additionalProperties", at + "/additionalProperties"));
                }

                break;
            case JsonObject:
                shape.AdditionalSources.Add(at + "/additionalProperties");
                break;
        }

        if (o["unevaluatedProperties"] is JsonValue ue && ue.TryGetValue<bool>(out var evaluated) && !evaluated)
        {
            shape.UnevaluatedForbidden = true;
            shape.Constraints.Add(new Constraint("unevaluatedProperties", at + "/unevaluatedProperties"));
        }

        if (o["patternProperties"] is JsonObject patterns) shape.PatternPropertyNames.AddRange(patterns.Select(p => p.Key));
        if (Int(o["minProperties"]) is { } min)
        {
            shape.MinProperties = Math.Max(shape.MinProperties ?? 0, min);
            if (min > 0) shape.Constraints.Add(new Constraint("minProperties", at + "/minProperties"));
        }

        if (Int(o["maxProperties"]) is { } max)
        {
            shape.MaxProperties = Math.Min(shape.MaxProperties ?? int.MaxValue, max);
            shape.Constraints.Add(new Constraint("maxProperties", at + "/maxProperties"));
        }

        if (o["dependentRequired"] is JsonObject dependent)
        {
            foreach (var (name, needs) in dependent)
            {
                if (needs is not JsonArray list || list.Count == 0) continue;
                shape.DependentRequired[name] = list.Select(Text).OfType<string>().ToList();
                shape.Constraints.Add(new Constraint("dependentRequired", at + "/dependentRequired", name));
            }
        }
    }

    private static void Annotations(Shape shape, JsonObject o)
    {
        if (o["examples"] is JsonArray examples) shape.Examples.AddRange(examples.Select(e => e?.DeepClone()));
        if (o.TryGetPropertyValue("example", out var example)) shape.Examples.Add(example?.DeepClone());
        if (o.TryGetPropertyValue("default", out var @default)) shape.Examples.Add(@default?.DeepClone());
        if (o["readOnly"] is JsonValue r && r.TryGetValue<bool>(out var ro) && ro) shape.ReadOnly = true;
        if (o["writeOnly"] is JsonValue w && w.TryGetValue<bool>(out var wo) && wo) shape.WriteOnly = true;
    }

    /// <summary>Discriminator value → branch pointer: the explicit mapping, else each branch's component name.</summary>
    private static Dictionary<string, string> Mapping(JsonObject o, List<string> branches)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (o["discriminator"] is not JsonObject discriminator) return result;
        var array = (JsonArray)(o["oneOf"] ?? o["anyOf"])!;
        var refs = array.Select(b => Text(b?["$ref"])).ToList();
        if (discriminator["mapping"] is JsonObject mapping)
        {
            foreach (var (value, target) in mapping)
            {
                var index = refs.IndexOf(Text(target));
                if (index >= 0) result[value] = branches[index];
            }
        }

        for (var i = 0; i < refs.Count; i++)
        {
            if (refs[i] is { } r && !result.ContainsValue(branches[i])) result[r[(r.LastIndexOf('/') + 1)..]] = branches[i];
        }

        return result;
    }

    private static string Unescape(string pointer) =>
        Uri.UnescapeDataString(pointer);

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static int? Int(JsonNode? node) => Number(node) is { } d && d >= 0 && d <= int.MaxValue ? (int)d : null;

    internal static decimal? Number(JsonNode? node)
    {
        if (node is not JsonValue v) return null;
        if (v.TryGetValue<long>(out var l)) return l;
        if (v.TryGetValue<int>(out var i)) return i;
        if (v.TryGetValue<decimal>(out var m)) return m;
        if (v.TryGetValue<double>(out var d) && Math.Abs(d) < 7.9e27) return (decimal)d;
        return decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : null;
    }
}
