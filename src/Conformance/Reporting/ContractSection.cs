using Conformance.Execution;

namespace Conformance.Reporting;

/// <summary>
/// One contract as run against one target: the unit a report scores and lists. A single-target
/// run has one section per contract (<see cref="Target"/> null); a run over several targets has
/// one per (target, contract), in the order the targets were given.
/// </summary>
internal sealed record ContractSection(string? Target, string Contract, string Vendor, IReadOnlyList<ScenarioResult> Scenarios)
{
    /// <summary><c>dfns</c>, or <c>dfns @ staging</c> when the run has several targets.</summary>
    public string Title => Target is null ? Contract : $"{Contract} @ {Target}";

    /// <summary>An HTML id fragment.</summary>
    public string Anchor => Target is null ? Contract : $"{Target}-{Contract}";

    /// <summary>The sections of a run: those with scenarios first (run order), then specs that produced none.</summary>
    public static IReadOnlyList<ContractSection> Of(RunResult run)
    {
        var multi = run.Info.Targets.Count > 1;
        var sections = run.Scenarios
            .GroupBy(s => (Target: multi ? s.Target : null, s.Scenario.Contract, s.Scenario.Vendor))
            .Select(g => new ContractSection(g.Key.Target, g.Key.Contract, g.Key.Vendor, g.ToList()))
            .ToList();
        var declared = run.Info.Targets.Count > 0
            ? run.Info.Targets.SelectMany(t => t.Specs.Select(s => (Target: multi ? t.Name : null, s.Contract, s.Vendor)))
            : run.Info.Specs.Select(s => (Target: (string?)null, s.Contract, s.Vendor));
        foreach (var (target, contract, vendor) in declared)
        {
            if (!sections.Any(s => s.Target == target && s.Contract == contract)) sections.Add(new ContractSection(target, contract, vendor, []));
        }

        return sections;
    }
}
