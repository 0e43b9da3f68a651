using System.Globalization;
using System.Text.Json.Nodes;

namespace Conformance.Diff.Schemas;

/// <summary>
/// Compares the value keywords of two resolved schemas at one place: type, enum/const, bounds,
/// pattern, format, default. Structure (properties, items, variants) is <see cref="SchemaComparer"/>'s.
/// </summary>
internal static class KeywordComparer
{
    // Lower bounds: a bigger value (or a new bound) accepts less. Upper bounds: the reverse.
    private static readonly string[] LowerBounds = ["minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties", "minContains"];
    private static readonly string[] UpperBounds = ["maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties", "maxContains"];

    public static void Compare(SchemaView old, SchemaView @new, string path, List<SchemaDelta> into)
    {
        var add = new Sink(old.Pointer, @new.Pointer, path, into);
        CompareTypes(old.Types, @new.Types, add);
        if (!JsonNode.DeepEquals(old["enum"], @new["enum"]) || !JsonNode.DeepEquals(old["const"], @new["const"]))
        {
            CompareEnums(Enum(old), Enum(@new), add);
        }

        foreach (var key in LowerBounds) CompareBound(key, old[key], @new[key], lower: true, add);
        foreach (var key in UpperBounds) CompareBound(key, old[key], @new[key], lower: false, add);
        CompareMultipleOf(Number(old["multipleOf"]), Number(@new["multipleOf"]), add);
        if (Flag(old["uniqueItems"]) != Flag(@new["uniqueItems"]))
        {
            add.Add(Flag(@new["uniqueItems"]) ? SchemaDeltaKind.ConstraintTightened : SchemaDeltaKind.ConstraintRelaxed, $"uniqueItems {Flag(old["uniqueItems"])} → {Flag(@new["uniqueItems"])}");
        }

        CompareText("pattern", old, @new, SchemaDeltaKind.PatternChanged, SchemaDeltaKind.PatternRemoved, add);
        CompareText("format", old, @new, SchemaDeltaKind.FormatChanged, SchemaDeltaKind.ConstraintRelaxed, add);
        if (!JsonNode.DeepEquals(old["default"], @new["default"]))
        {
            add.Add(SchemaDeltaKind.DefaultChanged, $"default {Show(old["default"])} → {Show(@new["default"])}");
        }
    }

    /// <summary>Where found deltas go (a struct: this runs for every schema node of every operation).</summary>
    private readonly record struct Sink(string OldPointer, string NewPointer, string Path, List<SchemaDelta> Into)
    {
        public void Add(SchemaDeltaKind kind, string detail) => Into.Add(new SchemaDelta(kind, Path, OldPointer, NewPointer, detail));
    }

    private static void CompareTypes(IReadOnlySet<string>? old, IReadOnlySet<string>? @new, Sink add)
    {
        var oldCoversNew = Covers(old, @new);
        var newCoversOld = Covers(@new, old);
        if (oldCoversNew && newCoversOld) return;
        var detail = $"type {ShowTypes(old)} → {ShowTypes(@new)}";
        add.Add(oldCoversNew ? SchemaDeltaKind.TypeNarrowed : newCoversOld ? SchemaDeltaKind.TypeWidened : SchemaDeltaKind.TypeChanged, detail);
    }

    /// <summary>Whether every value of type set <paramref name="inner"/> is allowed by <paramref name="outer"/>
    /// (null = any; an integer is a number).</summary>
    private static bool Covers(IReadOnlySet<string>? outer, IReadOnlySet<string>? inner)
    {
        if (outer is null) return true;
        if (inner is null) return false;
        foreach (var t in inner)
        {
            if (!outer.Contains(t) && !(t == "integer" && outer.Contains("number"))) return false;
        }

        return true;
    }

    private static void CompareEnums(HashSet<string>? old, HashSet<string>? @new, Sink add)
    {
        if (old is null && @new is null) return;
        if (old is null)
        {
            add.Add(SchemaDeltaKind.EnumValuesRemoved, $"values limited to [{string.Join(", ", @new!)}]");
            return;
        }

        if (@new is null)
        {
            add.Add(SchemaDeltaKind.EnumValuesAdded, $"enum [{string.Join(", ", old)}] dropped: any value allowed");
            return;
        }

        var removed = old.Except(@new).ToList();
        var added = @new.Except(old).ToList();
        if (removed.Count > 0) add.Add(SchemaDeltaKind.EnumValuesRemoved, $"enum values removed: {string.Join(", ", removed)}");
        if (added.Count > 0) add.Add(SchemaDeltaKind.EnumValuesAdded, $"enum values added: {string.Join(", ", added)}");
    }

    private static void CompareBound(string key, JsonNode? old, JsonNode? @new, bool lower, Sink add)
    {
        if (JsonNode.DeepEquals(old, @new)) return;
        var detail = $"{key} {Show(old)} → {Show(@new)}";

        // OpenAPI 3.0 spells exclusive bounds as booleans next to minimum/maximum.
        if (IsFlag(old) || IsFlag(@new))
        {
            add.Add(Flag(@new) ? SchemaDeltaKind.ConstraintTightened : SchemaDeltaKind.ConstraintRelaxed, detail);
            return;
        }

        var o = Number(old) ?? (lower ? double.NegativeInfinity : double.PositiveInfinity);
        var n = Number(@new) ?? (lower ? double.NegativeInfinity : double.PositiveInfinity);
        if (o == n) return;
        add.Add((lower ? n > o : n < o) ? SchemaDeltaKind.ConstraintTightened : SchemaDeltaKind.ConstraintRelaxed, detail);
    }

    private static void CompareMultipleOf(double? old, double? @new, Sink add)
    {
        if (old == @new) return;
        var detail = $"multipleOf {Show(old)} → {Show(@new)}";

        // Every multiple of old is a multiple of new when new divides old.
        var relaxed = @new is null || (old is { } o && @new is { } n && n != 0 && Math.Abs(Math.IEEERemainder(o, n)) < 1e-12);
        add.Add(relaxed ? SchemaDeltaKind.ConstraintRelaxed : SchemaDeltaKind.ConstraintTightened, detail);
    }

    private static void CompareText(string key, SchemaView old, SchemaView @new, SchemaDeltaKind changed, SchemaDeltaKind removed, Sink add)
    {
        var o = Text(old[key]);
        var n = Text(@new[key]);
        if (o == n) return;
        add.Add(n is null ? removed : changed, $"{key} {Show(o)} → {Show(n)}");
    }

    /// <summary><c>enum</c> (or a <c>const</c>, read as a one-value enum) as a set of JSON texts.</summary>
    private static HashSet<string>? Enum(SchemaView schema) =>
        schema["enum"] is JsonArray values ? values.Select(Show).ToHashSet(StringComparer.Ordinal)
        : schema.Keywords.ContainsKey("const") ? [Show(schema["const"])]
        : null;

    private static double? Number(JsonNode? node) => JsonRead.Number(node);

    private static bool IsFlag(JsonNode? node) => JsonRead.IsBool(node);

    private static bool Flag(JsonNode? node) => JsonRead.Bool(node) == true;

    private static string? Text(JsonNode? node) => JsonRead.Text(node);

    private static string ShowTypes(IReadOnlySet<string>? types) => types is null ? "any" : types.Count == 1 ? types.First() : $"[{string.Join(", ", types.Order(StringComparer.Ordinal))}]";

    private static string Show(JsonNode? node) => JsonRead.Show(node);

    private static string Show(string? text) => text is null ? "none" : $"'{text}'";

    private static string Show(double? d) => d?.ToString(CultureInfo.InvariantCulture) ?? "none";
}
