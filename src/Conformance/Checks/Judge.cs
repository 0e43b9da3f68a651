using Conformance.Scenarios;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Checks;

/// <summary>
/// Runs a scenario's checks over its evidence and decides the verdict: FAIL when a MUST broke,
/// WARN when only a SHOULD broke, else PASS. A MAY that broke is recorded, never decisive.
/// </summary>
public static class Judge
{
    public static (Verdict Verdict, IReadOnlyList<CheckOutcome> Outcomes) Evaluate(Scenario scenario, ScenarioEvidence evidence, ApiDocument document)
    {
        var context = new CheckContext(scenario, evidence, document);
        var outcomes = scenario.Checks.Distinct().SelectMany(name => CheckRegistry.Get(name).Evaluate(context)).ToList();
        var failures = outcomes.Where(o => o.Status == CheckStatus.Fail).ToList();
        var verdict = failures.Any(f => f.Level == RequirementLevel.Must) ? Verdict.Fail
            : failures.Any(f => f.Level == RequirementLevel.Should) ? Verdict.Warn
            : Verdict.Pass;
        return (verdict, outcomes);
    }
}
