using Conformance.Checks;
using Conformance.Execution;

namespace Conformance.Reporting;

/// <summary>Verdict counts for one operation of one vendor: a row of the per-operation table.</summary>
internal sealed record OperationTally(string Vendor, string Operation, int Pass, int Warn, int Skip, int Fail, int Inconclusive = 0)
{
    public int Total => Pass + Warn + Skip + Fail + Inconclusive;

    /// <summary>One row per (vendor, operation), in the order the run first met them.</summary>
    public static IReadOnlyList<OperationTally> For(RunResult run) =>
        run.Scenarios
            .GroupBy(s => (s.Scenario.Vendor, s.Scenario.Operation.Label))
            .Select(g => new OperationTally(
                g.Key.Vendor,
                g.Key.Label,
                g.Count(s => s.Verdict == Verdict.Pass),
                g.Count(s => s.Verdict == Verdict.Warn),
                g.Count(s => s.Verdict == Verdict.Skip),
                g.Count(s => s.Verdict == Verdict.Fail),
                g.Count(s => s.Verdict == Verdict.Inconclusive)))
            .ToList();

    /// <summary>The vendors of a run: those with scenarios first (in run order), then spec-only ones.</summary>
    public static IReadOnlyList<string> Vendors(RunResult run) =>
        run.Scenarios.Select(s => s.Scenario.Vendor).Concat(run.Info.Specs.Select(s => s.Vendor)).Distinct(StringComparer.Ordinal).ToList();
}
