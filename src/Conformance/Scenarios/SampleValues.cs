using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Scenarios.Schemas;
using Conformance.Spec.Schemas;

namespace Conformance.Scenarios;

/// <summary>
/// A valid value for a schema: its own example when that validates, else <c>const</c>, an enum
/// value, a branch of <c>oneOf</c>/<c>anyOf</c> that validates (the discriminator's value set),
/// <c>allOf</c> merged, and otherwise the smallest value that meets the constraints — strings
/// from the <c>pattern</c> and <c>format</c>, numbers within bounds and steps, the required
/// properties and enough items. Deterministic, so scenario ids and requests are stable between
/// runs. The caller validates the result: a value that does not validate is our bug, reported.
/// </summary>
internal static class SampleValues
{
    private const int MaxDepth = 12;

    public static JsonNode? For(SchemaRef schema) => For(ShapeReader.For(schema.Document).Read(schema));

    public static JsonNode? For(Shape shape, int depth = 0, int variant = 0)
    {
        if (shape.Never || depth > MaxDepth) return null;
        foreach (var example in shape.Examples)
        {
            if (shape.Accepts(example)) return example?.DeepClone();
        }

        if (shape.HasConst) return shape.Const?.DeepClone();
        if (shape.Choices.Count > 0) return FromChoice(shape, shape.Choices[0], depth, variant);
        if (shape.Enum is { } values)
        {
            var ordered = values.Where(v => v is not null).Skip(variant % Math.Max(1, values.Count(v => v is not null))).Concat(values);
            foreach (var value in ordered)
            {
                if (shape.Accepts(value)) return value?.DeepClone();
            }

            return values.FirstOrDefault(v => v is not null)?.DeepClone();
        }

        return shape.PreferredType() switch
        {
            "object" => Object(shape, depth, variant),
            "array" => Array(shape, depth, variant),
            "integer" => JsonValue.Create(Integer(shape, variant)),
            "number" => Number(shape, variant),
            "boolean" => JsonValue.Create(variant % 2 == 0),
            "null" => null,
            _ => JsonValue.Create(String(shape, variant) ?? "conformance"),
        };
    }

    /// <summary>The first branch (in discriminator order) whose value the whole shape accepts.</summary>
    private static JsonNode? FromChoice(Shape shape, Choice choice, int depth, int variant)
    {
        JsonNode? fallback = null;
        var tried = false;
        foreach (var branch in choice.Branches)
        {
            var merged = shape.WithBranch(choice, branch);
            if (merged.Never) continue;
            var value = For(merged, depth + 1, variant);
            if (choice.DiscriminatorProperty is { } property && value is JsonObject obj
                && choice.Mapping.FirstOrDefault(m => m.Value == branch).Key is { } tag)
            {
                obj[property] = tag;
            }

            if (shape.Accepts(value)) return value;
            if (!tried)
            {
                fallback = value;
                tried = true;
            }
        }

        return fallback;
    }

    private static JsonObject Object(Shape shape, int depth, int variant)
    {
        var obj = new JsonObject();
        var names = new List<string>(shape.Required);
        foreach (var (trigger, needs) in shape.DependentRequired)
        {
            if (names.Contains(trigger)) names.AddRange(needs.Where(n => !names.Contains(n)));
        }

        // minProperties: the documented optional properties first, writable ones only.
        foreach (var name in shape.PropertySources.Keys)
        {
            if (names.Count >= (shape.MinProperties ?? 0)) break;
            if (!names.Contains(name) && !shape.Property(name).ReadOnly) names.Add(name);
        }

        for (var i = 0; names.Count < (shape.MinProperties ?? 0) && !shape.AdditionalForbidden && i < 16; i++) names.Add($"conformance{i}");

        foreach (var name in names)
        {
            obj[name] = For(shape.Property(name), depth + 1, variant);
        }

        return obj;
    }

    private static JsonArray Array(Shape shape, int depth, int variant)
    {
        var array = new JsonArray();
        var count = Math.Max(shape.MinItems ?? 0, shape.PrefixItemSources.Count > 0 && (shape.MinItems ?? 0) > 0 ? shape.PrefixItemSources.Count : 0);
        for (var i = 0; i < count; i++)
        {
            var item = i < shape.PrefixItemSources.Count ? shape.PrefixItem(i) : shape.Items;
            var value = item is null ? JsonValue.Create($"conformance{i}") : For(item, depth + 1, variant + i);
            array.Add(value);
        }

        return array;
    }

    /// <summary>The smallest integer within the bounds and step (the variant-th one for distinct items).</summary>
    public static long Integer(Shape shape, int variant = 0)
    {
        var step = shape.MultipleOf is { } m && m == Math.Floor(m) && m > 0 ? m : 1;
        decimal low = shape.Minimum ?? decimal.MinValue;
        if (shape.ExclusiveMinimum is { } em) low = Math.Max(low, Math.Floor(em) + 1);
        decimal high = shape.Maximum ?? decimal.MaxValue;
        if (shape.ExclusiveMaximum is { } eM) high = Math.Min(high, Math.Ceiling(eM) - 1);
        var start = low != decimal.MinValue ? Math.Ceiling(low) : high != decimal.MaxValue && high < 1 ? Math.Floor(high) : 1;
        var value = Math.Ceiling(start / step) * step + (variant * step);
        if (value > high) value = Math.Floor(high / step) * step;
        return (long)Math.Clamp(value, long.MinValue, long.MaxValue);
    }

    private static JsonNode Number(Shape shape, int variant)
    {
        if (shape.MultipleOf is null || shape.MultipleOf == Math.Floor(shape.MultipleOf.Value))
        {
            var whole = Integer(shape, variant);
            var bounded = (shape.ExclusiveMinimum is null || whole > shape.ExclusiveMinimum) && (shape.ExclusiveMaximum is null || whole < shape.ExclusiveMaximum)
                && (shape.Minimum is null || whole >= shape.Minimum) && (shape.Maximum is null || whole <= shape.Maximum);
            if (bounded) return JsonValue.Create(whole);
        }

        var step = shape.MultipleOf ?? 0.5m;
        var low = shape.Minimum ?? (shape.ExclusiveMinimum is { } em ? em + step : 0);
        var value = Math.Ceiling(low / step) * step;
        if (shape.ExclusiveMinimum is { } ex && value <= ex) value += step;
        value += variant * step;
        return JsonValue.Create(value);
    }

    /// <summary>A string meeting the format, pattern(s) and lengths; null when none was found.</summary>
    public static string? String(Shape shape, int variant = 0)
    {
        var min = shape.MinLength ?? 0;
        var max = shape.MaxLength;
        var candidates = new List<string?>();
        if (FormatSample(shape.Format, variant) is { } formatted) candidates.Add(formatted);
        foreach (var pattern in shape.Patterns) candidates.Add(RegexSampler.Matching(pattern, min, max, variant));
        var plain = variant == 0 ? "conformance" : $"conformance{variant}";
        candidates.Add(plain);
        foreach (var candidate in candidates.OfType<string>())
        {
            var fitted = Fit(candidate, min, max);
            if (fitted is not null && shape.Patterns.All(p => RegexSampler.IsMatch(p, fitted))) return fitted;
        }

        return candidates.OfType<string>().Select(c => Fit(c, min, max)).FirstOrDefault(c => c is not null);
    }

    private static string? Fit(string value, int min, int? max)
    {
        var length = value.EnumerateRunes().Count();
        if (length < min) value += new string('x', min - length);
        else if (max is { } m && length > m) value = m == 0 ? "" : value[..m];
        return value;
    }

    /// <summary>A value of a format the validator knows (and the OpenAPI formats for strings), distinct per variant.</summary>
    public static string? FormatSample(string? format, int variant = 0) => format switch
    {
        "date-time" => $"2026-01-{1 + (variant % 28):00}T00:00:00Z",
        "date" => $"2026-01-{1 + (variant % 28):00}",
        "time" => $"00:00:{variant % 60:00}Z",
        "duration" => $"P{1 + variant}D",
        "uuid" => $"00000000-0000-4000-8000-{variant:000000000000}",
        "email" or "idn-email" => variant == 0 ? "conformance@example.com" : $"conformance{variant}@example.com",
        "uri" or "iri" or "url" => $"https://example.com/{(variant == 0 ? "" : variant.ToString(CultureInfo.InvariantCulture))}",
        "uri-reference" or "iri-reference" or "uri-template" => $"/conformance{variant}",
        "hostname" or "idn-hostname" => $"conformance{variant}.example.com",
        "ipv4" => $"192.0.2.{1 + (variant % 250)}",
        "ipv6" => $"2001:db8::{1 + variant}",
        "byte" => "Y29uZm9ybWFuY2U=",
        "json-pointer" => "/conformance",
        "relative-json-pointer" => "0",
        "regex" => "^conformance$",
        _ => null,
    };
}
