using Conformance.Checks;
using Conformance.Execution;
using Conformance.Spec.Vocabulary;

namespace Conformance.Reporting;

/// <summary>
/// A contract's headline score (on one target, in a run over several). It counts requirements, not scenarios: a requirement applies
/// when at least one check judged it (passed or failed it: neither skipped, inconclusive nor a gap),
/// and passes when no check found it broken.
/// </summary>
internal sealed record ConformanceScore(string Vendor, LevelTally Must, LevelTally Should)
{
    public const string Definition =
        "A requirement counts once however many scenarios test it: it applies when at least one check judged it, "
        + "and passes when no check found it broken. Skipped and inconclusive requirements are left out; documentation gaps are not failures.";

    /// <summary>The score of one contract (<paramref name="contract"/>: its id, the vendor when it declares none).</summary>
    public static ConformanceScore For(string contract, IEnumerable<ScenarioResult> scenarios) =>
        Of(contract, scenarios.Where(s => s.Scenario.Contract == contract));

    /// <summary>The score of one contract on one target.</summary>
    public static ConformanceScore For(ContractSection section) => Of(section.Title, section.Scenarios);

    private static ConformanceScore Of(string name, IEnumerable<ScenarioResult> scenarios)
    {
        // (requirement id, level) → (judged, broken). Each level is counted apart: a requirement whose
        // status class is a MUST and whose preferred code a SHOULD is one MUST and one SHOULD, and a
        // missed preferred code lowers the SHOULD score, never the MUST one.
        var seen = new Dictionary<(string Id, RequirementLevel Level), (RequirementLevel Level, bool Judged, bool Broken)>();
        foreach (var result in scenarios)
        {
            foreach (var (id, level, status) in Judgements(result))
            {
                var entry = seen.TryGetValue((id, level), out var e) ? e : (Level: level, Judged: false, Broken: false);
                seen[(id, level)] = (entry.Level, entry.Judged || status is CheckStatus.Pass or CheckStatus.Fail, entry.Broken || status == CheckStatus.Fail);
            }
        }

        return new ConformanceScore(name, Tally(seen.Values, RequirementLevel.Must), Tally(seen.Values, RequirementLevel.Should));
    }

    /// <summary>What each check said; a scenario with no outcomes speaks for its own requirement through its verdict.</summary>
    private static IEnumerable<(string Id, RequirementLevel Level, CheckStatus Status)> Judgements(ScenarioResult result)
    {
        if (result.Outcomes.Count > 0) return result.Outcomes.Select(o => (o.RequirementId, o.Level, o.Status));
        var status = result.Verdict switch
        {
            Verdict.Pass => CheckStatus.Pass,
            Verdict.Skip => CheckStatus.Skip,
            Verdict.Inconclusive => CheckStatus.Inconclusive,
            _ => CheckStatus.Fail,
        };
        return [(result.Scenario.Requirement.Id, result.Scenario.Requirement.Level, status)];
    }

    private static LevelTally Tally(IEnumerable<(RequirementLevel Level, bool Judged, bool Broken)> entries, RequirementLevel level)
    {
        var judged = entries.Where(e => e.Level == level && e.Judged).ToList();
        return new LevelTally(judged.Count(e => !e.Broken), judged.Count);
    }
}
