using System.Reflection;
using Conformance.Diff.Schemas;

namespace Conformance.Diff.Rules;

/// <summary>Every rule the differ can report: the fixed ones and each directional schema rule.</summary>
internal static class DiffRuleCatalogue
{
    private static readonly Type[] Fixed =
    [
        typeof(OperationRules), typeof(ParameterRules), typeof(BodyRules), typeof(ResponseRules),
        typeof(SecurityRules), typeof(SemanticRules), typeof(RequirementRules), typeof(DocumentRules),
    ];

    public static IReadOnlyList<DiffRule> All { get; } = Build();

    private static List<DiffRule> Build()
    {
        var rules = Fixed
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => (DiffRule)f.GetValue(null)!)
            .ToList();
        foreach (var direction in Enum.GetValues<SchemaDirection>())
        {
            foreach (var kind in Enum.GetValues<SchemaDeltaKind>())
            {
                foreach (var closed in new[] { false, true })
                {
                    if (SchemaRules.For(direction, new SchemaDelta(kind, "", null, null, "", closed)) is { } rule) rules.Add(rule);
                }
            }
        }

        return rules.DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    }
}
