using System.Text.Json.Nodes;
using Conformance.Spec.Schemas;

namespace Conformance.Scenarios.Schemas;

/// <summary>
/// A schema as the generators see it: <c>$ref</c> followed and <c>allOf</c> merged into one set of
/// constraints (each remembering where it is written), with <c>oneOf</c>/<c>anyOf</c> kept as
/// <see cref="Choices"/>. A value is valid for the shape when it is valid against every schema in
/// <see cref="Sources"/> (their conjunction is the shape). Children are read on demand, so
/// recursive schemas cost only as deep as a generator goes.
/// </summary>
internal sealed class Shape(ShapeReader reader, IReadOnlyList<string> sources, IReadOnlySet<string> resolvedChoices)
{
    public IReadOnlyList<string> Sources { get; } = sources;

    /// <summary>Choices of an enclosing shape already decided for this one (a branch merged with its base).</summary>
    public IReadOnlySet<string> ResolvedChoices { get; } = resolvedChoices;

    public bool Never { get; set; }

    /// <summary>Allowed JSON types (<c>integer</c> included), or null for any.</summary>
    public HashSet<string>? Types { get; set; }

    public bool HasConst { get; set; }

    public JsonNode? Const { get; set; }

    public JsonArray? Enum { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    public List<string> Patterns { get; } = [];

    public string? Format { get; set; }

    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }

    public decimal? ExclusiveMinimum { get; set; }

    public decimal? ExclusiveMaximum { get; set; }

    public decimal? MultipleOf { get; set; }

    public List<string> ItemSources { get; } = [];

    public List<List<string>> PrefixItemSources { get; } = [];

    public bool ItemsForbidden { get; set; }

    public int? MinItems { get; set; }

    public int? MaxItems { get; set; }

    public bool UniqueItems { get; set; }

    /// <summary>Property name → the schemas (from every merged member) that constrain it, in document order.</summary>
    public Dictionary<string, List<string>> PropertySources { get; } = new(StringComparer.Ordinal);

    public List<string> Required { get; } = [];

    public List<string> AdditionalSources { get; } = [];

    public bool AdditionalForbidden { get; set; }

    public bool UnevaluatedForbidden { get; set; }

    public List<string> PatternPropertyNames { get; } = [];

    public int? MinProperties { get; set; }

    public int? MaxProperties { get; set; }

    public Dictionary<string, List<string>> DependentRequired { get; } = new(StringComparer.Ordinal);

    public List<Choice> Choices { get; } = [];

    public List<JsonNode?> Examples { get; } = [];

    public bool ReadOnly { get; set; }

    public bool WriteOnly { get; set; }

    /// <summary>The constraints written on this shape itself (not its children).</summary>
    public List<Constraint> Constraints { get; } = [];

    public SchemaDocument Document => reader.Document;

    public Shape Property(string name) =>
        reader.Read(PropertySources.TryGetValue(name, out var list) && list.Count > 0 ? list : AdditionalSources);

    public Shape? Items => ItemSources.Count > 0 ? reader.Read(ItemSources) : null;

    public Shape PrefixItem(int index) => reader.Read(PrefixItemSources[index]);

    public Shape? Additional => AdditionalSources.Count > 0 ? reader.Read(AdditionalSources) : null;

    /// <summary>This shape with one branch of <paramref name="choice"/> taken (the branch's constraints merged in).</summary>
    public Shape WithBranch(Choice choice, string branch) =>
        reader.Read([.. Sources, branch], new HashSet<string>(ResolvedChoices, StringComparer.Ordinal) { choice.Origin });

    public bool Allows(string type) => Types is null || Types.Contains(type) || (type == "integer" && Types.Contains("number"));

    /// <summary>Valid against every source (formats asserted: the suite's own values must meet them).</summary>
    public bool Accepts(JsonNode? value) => Sources.All(s => Document.Validate(s, value, assertFormats: true).IsValid);

    /// <summary>The first reason a value is invalid here, for reports.</summary>
    public string? Why(JsonNode? value) =>
        Sources.Select(s => Document.Validate(s, value, assertFormats: true)).FirstOrDefault(r => !r.IsValid)?.Describe();

    /// <summary>The type a generator builds: the first allowed non-null type, else one the keywords imply.</summary>
    public string? PreferredType()
    {
        if (Types is { Count: > 0 })
        {
            // "number" admits integers (the reader adds "integer" beside it): a number is generated as one.
            foreach (var t in new[] { "object", "array", "string", "number", "integer", "boolean" })
            {
                if (Types.Contains(t)) return t;
            }

            return Types.Contains("null") ? "null" : null;
        }

        if (PropertySources.Count > 0 || Required.Count > 0 || AdditionalForbidden || MinProperties is not null) return "object";
        if (ItemSources.Count > 0 || PrefixItemSources.Count > 0 || MinItems is not null || MaxItems is not null) return "array";
        if (MinLength is not null || MaxLength is not null || Patterns.Count > 0 || Format is not null) return "string";
        if (Minimum is not null || Maximum is not null || ExclusiveMinimum is not null || ExclusiveMaximum is not null || MultipleOf is not null) return "number";
        return null;
    }
}
