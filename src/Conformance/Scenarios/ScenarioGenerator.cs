using Conformance.Scenarios.Generators;
using Conformance.Spec;

namespace Conformance.Scenarios;

/// <summary>
/// Generates every scenario of a spec: for each operation, each class that applies. A spec
/// without our extensions still gets positive, schema-negative, auth and undocumented-method
/// scenarios (unknown-id, state and permission ones need the x-conformance semantics). Ids are stable slugs, never positions.
/// </summary>
public static class ScenarioGenerator
{
    private static readonly IScenarioGenerator[] Generators =
    [
        new PositiveScenarios(),
        new SchemaNegativeScenarios(),
        new AuthScenarios(),
        new UserActionScenarios(),
        new NonceScenarios(),
        new StateScenarios(),
        new UnknownIdScenarios(),
        new PermissionScenarios(),
        new MethodScenarios(),
    ];

    public static IReadOnlyList<Scenario> Generate(ApiDocument document, GeneratorOptions? options = null)
    {
        var context = new GenerationContext(document, options ?? GeneratorOptions.Default);
        var scenarios = document.Operations.SelectMany(op => Generators.SelectMany(g => g.Generate(context, op))).ToList();
        var duplicate = scenarios.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"scenario id '{duplicate.Key}' generated twice");
        return scenarios;
    }
}
