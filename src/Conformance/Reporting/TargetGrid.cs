using Conformance.Execution;

namespace Conformance.Reporting;

/// <summary>
/// Autobahn's vendor grid across targets: for one vendor, requirements (rows: operation and
/// requirement key, grouped by scenario class) × the contracts run on each target (columns), so
/// two targets — or the legacy and the current contract of one vendor — read side by side. A
/// requirement one column's contract does not have is an empty cell, not a failure.
/// </summary>
internal sealed record TargetGrid(string Vendor, IReadOnlyList<ContractSection> Columns, IReadOnlyList<TargetGridRow> Rows)
{
    /// <summary>One grid per vendor of the run, in run order.</summary>
    public static IReadOnlyList<TargetGrid> Of(RunResult run) =>
        ContractSection.Of(run).GroupBy(s => s.Vendor).Select(g => For(g.Key, g.ToList())).ToList();

    public static TargetGrid For(string vendor, IReadOnlyList<ContractSection> columns)
    {
        var rows = columns.SelectMany(c => c.Scenarios)
            .GroupBy(s => (s.Scenario.Class, Operation: s.Scenario.Operation.Slug, s.Scenario.Requirement.Key))
            .OrderBy(g => g.Key.Class, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Operation, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Key, StringComparer.Ordinal)
            .Select(g => new TargetGridRow(g.Key.Class, g.Key.Operation, g.Key.Key, columns.Select(c => Cell(c, g.Key.Operation, g.Key.Key)).ToList()))
            .ToList();
        return new TargetGrid(vendor, columns, rows);
    }

    private static GridCell? Cell(ContractSection column, string operation, string key)
    {
        var verdicts = column.Scenarios.Where(s => s.Scenario.Operation.Slug == operation && s.Scenario.Requirement.Key == key).Select(s => s.Verdict).ToList();
        return verdicts.Count == 0 ? null : GridCell.Of(verdicts);
    }
}

