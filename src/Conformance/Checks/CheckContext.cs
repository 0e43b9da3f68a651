using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Checks;

/// <summary>Everything a check may read. Nothing in it can send a request.</summary>
internal sealed class CheckContext(Scenario scenario, ScenarioEvidence evidence, ApiDocument document)
{
    private readonly RequirementResolver resolver = new(document);

    public Scenario Scenario { get; } = scenario;

    public ScenarioEvidence Evidence { get; } = evidence;

    public ApiDocument Document { get; } = document;

    public OperationMatcher Operations { get; } = OperationMatcher.For(document, evidence.TargetBasePath);

    /// <summary>The requirement <paramref name="key"/> on <paramref name="operation"/> (the scenario's own first).</summary>
    public ResolvedRequirement Requirement(string key, ApiOperation? operation = null)
    {
        operation ??= Scenario.Operation;
        if (operation == Scenario.Operation)
        {
            if (Scenario.Requirement.Key == key) return Scenario.Requirement;
            if (Scenario.Secondary.FirstOrDefault(r => r.Key == key) is { } secondary) return secondary;
        }

        return resolver.Require(operation, key);
    }
}
