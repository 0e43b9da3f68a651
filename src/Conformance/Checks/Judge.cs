using Conformance.Scenarios;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Checks;

/// <summary>
/// Runs a scenario's checks over its evidence and decides the verdict: FAIL when a MUST broke;
/// else INCONCLUSIVE when some check could not tell; else WARN when a SHOULD broke; else SKIP
/// when no check judged anything; else PASS. A MAY that broke and a documentation gap are
/// recorded, never decisive.
/// </summary>
public static class Judge
{
    public static (Verdict Verdict, IReadOnlyList<CheckOutcome> Outcomes) Evaluate(Scenario scenario, ScenarioEvidence evidence, ApiDocument document)
    {
        var context = new CheckContext(scenario, evidence, document);
        var outcomes = scenario.Checks.Distinct().SelectMany(name => CheckRegistry.Get(name).Evaluate(context)).ToList();
        return (Decide(outcomes), outcomes);
    }

    public static Verdict Decide(IReadOnlyCollection<CheckOutcome> outcomes)
    {
        var failures = outcomes.Where(o => o.Status == CheckStatus.Fail).ToList();
        if (failures.Any(f => f.Level == RequirementLevel.Must)) return Verdict.Fail;
        if (outcomes.Any(o => o.Status == CheckStatus.Inconclusive)) return Verdict.Inconclusive;
        if (failures.Any(f => f.Level == RequirementLevel.Should)) return Verdict.Warn;
        return outcomes.Any(o => o.Status is CheckStatus.Pass or CheckStatus.Fail) ? Verdict.Pass : Verdict.Skip;
    }

    /// <summary>Why a scenario is INCONCLUSIVE or SKIP: the reasons its checks gave, once each.</summary>
    public static string? Reason(Verdict verdict, IEnumerable<CheckOutcome> outcomes)
    {
        var status = verdict switch
        {
            Verdict.Inconclusive => CheckStatus.Inconclusive,
            Verdict.Skip => CheckStatus.Skip,
            _ => (CheckStatus?)null,
        };
        if (status is null) return null;
        var reasons = outcomes.Where(o => o.Status == status).Select(o => o.Title).Distinct(StringComparer.Ordinal).ToList();
        return reasons.Count == 0 ? "no check applied to this scenario" : string.Join("; ", reasons);
    }
}
