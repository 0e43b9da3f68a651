using Conformance.Checks;
using Conformance.Execution;

namespace Conformance.Reporting;

/// <summary>Verdict counts for one operation of one contract (on one target): a row of the per-operation table. <see cref="Vendor"/> holds the section title.</summary>
internal sealed record OperationTally(string Vendor, string Operation, int Pass, int Warn, int Skip, int Fail, int Inconclusive = 0)
{
    public int Total => Pass + Warn + Skip + Fail + Inconclusive;

    /// <summary>One row per (section, operation), in the order the run first met them.</summary>
    public static IReadOnlyList<OperationTally> For(RunResult run) =>
        ContractSection.Of(run).SelectMany(section => section.Scenarios
            .GroupBy(s => s.Scenario.Operation.Label)
            .Select(g => new OperationTally(
                section.Title,
                g.Key,
                g.Count(s => s.Verdict == Verdict.Pass),
                g.Count(s => s.Verdict == Verdict.Warn),
                g.Count(s => s.Verdict == Verdict.Skip),
                g.Count(s => s.Verdict == Verdict.Fail),
                g.Count(s => s.Verdict == Verdict.Inconclusive))))
            .ToList();

    /// <summary>The contracts of a run: those with scenarios first (in run order), then spec-only ones.</summary>
    public static IReadOnlyList<string> Vendors(RunResult run) =>
        ContractSection.Of(run).Select(s => s.Contract).Distinct(StringComparer.Ordinal).ToList();
}
