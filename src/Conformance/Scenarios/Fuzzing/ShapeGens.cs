using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Conformance.Scenarios.Schemas;
using CsCheck;

namespace Conformance.Scenarios.Fuzzing;

/// <summary>
/// CsCheck generators for the values a <see cref="Shape"/> describes: enum and const values,
/// a branch of each oneOf/anyOf, strings from the pattern (the regex sampler) or the format or
/// from a mixed alphabet (ASCII punctuation and non-ASCII letters included) within the lengths,
/// numbers within the bounds and steps, required properties always and optional ones sometimes,
/// arrays within their item counts. The values lean towards valid; the validator decides what
/// each one is. Shrinking is CsCheck's: shorter strings, earlier characters, smaller numbers,
/// fewer optional properties and items.
/// </summary>
internal static class ShapeGens
{
    /// <summary>The alphabet of free strings, simplest first (CsCheck shrinks a character towards the start).</summary>
    public const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.:/%+=?&#@!~*'()[]{}<>\"\\|^`$,;éñüßΩЖ中€";

    private const int MaxDepth = 5;
    private const int ExtraLength = 24;
    private const int ExtraItems = 3;

    public static Gen<char> Characters { get; } = Gen.Char[Alphabet];

    /// <summary>Any JSON value of a small size: what breaks a type.</summary>
    public static Gen<JsonNode?> Junk { get; } = Gen.OneOf(
        Gen.Long[-1000, 1000].Select(n => (JsonNode?)JsonValue.Create(n)),
        Gen.String[Characters, 0, 12].Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Int[0, 0].Select(_ => (JsonNode?)null),
        Gen.Int[0, 0].Select(_ => (JsonNode?)new JsonArray()),
        Gen.Int[0, 0].Select(_ => (JsonNode?)new JsonObject()));

    public static Gen<JsonNode?> For(Shape shape, int depth = 0)
    {
        if (shape.Never || depth > MaxDepth) return Fixed(SampleValues.For(shape, depth));
        if (shape.HasConst) return Fixed(shape.Const);
        if (shape.Choices.Count > 0) return Choice(shape, depth);
        if (shape.Enum is { Count: > 0 } values)
        {
            var list = values.ToList();
            return Gen.Int[0, list.Count - 1].Select(i => list[i]?.DeepClone());
        }

        return shape.PreferredType() switch
        {
            "object" => Object(shape, depth),
            "array" => Array(shape, depth),
            "integer" => Integer(shape),
            "number" => Number(shape),
            "boolean" => Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
            "null" => Fixed(null),
            "string" => String(shape),
            _ => Gen.OneOf(String(shape), Integer(shape), Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        };
    }

    /// <summary>A generator that always gives (a fresh copy of) one value.</summary>
    public static Gen<JsonNode?> Fixed(JsonNode? value) => Gen.Int[0, 0].Select(_ => value?.DeepClone());

    private static Gen<JsonNode?> Choice(Shape shape, int depth)
    {
        var choice = shape.Choices[0];
        var branches = choice.Branches.Select(branch =>
        {
            var merged = shape.WithBranch(choice, branch);
            var tag = choice.Mapping.FirstOrDefault(m => m.Value == branch).Key;
            return merged.Never ? null : For(merged, depth + 1).Select(v =>
            {
                if (choice.DiscriminatorProperty is { } property && tag is not null && v is JsonObject obj) obj[property] = tag;
                return v;
            });
        }).OfType<Gen<JsonNode?>>().ToArray();
        return branches.Length == 0 ? Fixed(SampleValues.For(shape, depth)) : Gen.OneOf(branches);
    }

    private static Gen<JsonNode?> Object(Shape shape, int depth)
    {
        var required = new List<string>(shape.Required);
        foreach (var (trigger, needs) in shape.DependentRequired)
        {
            if (required.Contains(trigger)) required.AddRange(needs.Where(n => !required.Contains(n)));
        }

        var optional = shape.PropertySources.Keys.Where(n => !required.Contains(n) && !shape.Property(n).ReadOnly).ToList();
        var start = Gen.Int[0, 0].Select(_ => ImmutableList<(string Name, JsonNode? Value, bool Sent)>.Empty);
        var members = required.Select(name => For(shape.Property(name), depth + 1).Select(v => (name, v, true)))
            .Concat(optional.Select(name => Gen.Select(Gen.Bool, For(shape.Property(name), depth + 1), (sent, v) => (name, v, sent))));
        var all = members.Aggregate(start, (list, member) => Gen.Select(list, member, (l, m) => l.Add(m)));
        return all.Select(list =>
        {
            var obj = new JsonObject();
            foreach (var (name, value, sent) in list.Where(m => m.Sent)) obj[name] = value?.DeepClone();
            return (JsonNode?)obj;
        });
    }

    private static Gen<JsonNode?> Array(Shape shape, int depth)
    {
        var min = Math.Max(shape.MinItems ?? 0, 0);
        var max = Math.Max(min, Math.Min(shape.MaxItems ?? int.MaxValue, min + ExtraItems));
        var item = shape.Items is { } items ? For(items, depth + 1) : Junk;
        return item.Array[min, max].Select(values => (JsonNode?)new JsonArray(values.Select(v => v?.DeepClone()).ToArray()));
    }

    private static Gen<JsonNode?> Integer(Shape shape)
    {
        var (low, high, step) = Bounds(shape);
        return Gen.Long[low, high].Select(k => (JsonNode?)JsonValue.Create(k * step));
    }

    private static Gen<JsonNode?> Number(Shape shape)
    {
        if (shape.MultipleOf is { } m && m != Math.Floor(m))
        {
            var lowM = (long)Math.Ceiling((shape.Minimum ?? shape.ExclusiveMinimum ?? -1000m) / m);
            var highM = (long)Math.Floor((shape.Maximum ?? shape.ExclusiveMaximum ?? 1000m) / m);
            return Gen.Long[lowM, Math.Max(lowM, highM)].Select(k => (JsonNode?)JsonValue.Create(k * m));
        }

        var (low, high, step) = Bounds(shape);
        return Gen.Select(Gen.Long[low, high], Gen.Bool, (k, half) => (JsonNode?)(half && step == 1 && k < high ? JsonValue.Create(k + 0.5m) : JsonValue.Create(k * step)));
    }

    /// <summary>The range of multiples of the step that lie within the bounds (a thousand either side when unbounded).</summary>
    private static (long Low, long High, long Step) Bounds(Shape shape)
    {
        var step = shape.MultipleOf is { } m && m == Math.Floor(m) && m >= 1 && m < 1_000_000 ? (long)m : 1;
        decimal low = shape.Minimum ?? decimal.MinValue;
        if (shape.ExclusiveMinimum is { } em) low = Math.Max(low, Math.Floor(em) + 1);
        decimal high = shape.Maximum ?? decimal.MaxValue;
        if (shape.ExclusiveMaximum is { } eM) high = Math.Min(high, Math.Ceiling(eM) - 1);
        if (low == decimal.MinValue) low = high == decimal.MaxValue ? -1000 : high - 2000;
        if (high == decimal.MaxValue) high = low + 2000;
        low = Math.Max(low, -1_000_000_000_000m);
        high = Math.Min(high, 1_000_000_000_000m);
        var first = (long)Math.Ceiling(low / step);
        var last = (long)Math.Floor(high / step);
        return last < first ? (first, first, step) : (first, last, step);
    }

    private static Gen<JsonNode?> String(Shape shape)
    {
        var min = Math.Max(shape.MinLength ?? 0, 0);
        var max = Math.Max(min, Math.Min(shape.MaxLength ?? int.MaxValue, min + ExtraLength));
        if (shape.Patterns.Count > 0)
        {
            // The regex sampler gives a distinct match per variant; the lengths still apply.
            var pattern = shape.Patterns[0];
            var fallback = SampleValues.String(shape) ?? "";
            return Gen.Int[0, 200].Select(v => (JsonNode?)JsonValue.Create(RegexSampler.Matching(pattern, min, shape.MaxLength, v) ?? fallback));
        }

        if (shape.Format is { } format && SampleValues.FormatSample(format) is not null)
        {
            return Gen.Int[0, 200].Select(v => (JsonNode?)JsonValue.Create(SampleValues.FormatSample(format, v)));
        }

        return Gen.String[Characters, min, max].Select(s => (JsonNode?)JsonValue.Create(s));
    }
}
