using Conformance.Checks;
using Conformance.Execution;

namespace Conformance.Reporting;

/// <summary>
/// Autobahn's vendor grid turned sideways for our model: requirement keys (rows, grouped by
/// scenario class) × operations (columns) of one contract (on one target). The grid across
/// targets is <see cref="TargetGrid"/>.
/// </summary>
internal sealed record VendorGrid(string Vendor, IReadOnlyList<string> Operations, IReadOnlyList<GridRow> Rows)
{
    /// <summary>The grid of one contract (<paramref name="contract"/>: its id, the vendor when it declares none).</summary>
    public static VendorGrid For(RunResult run, string contract) => Of(contract, run.Scenarios.Where(s => s.Scenario.Contract == contract).ToList());

    /// <summary>The grid of one contract on one target.</summary>
    public static VendorGrid For(ContractSection section) => Of(section.Title, section.Scenarios);

    private static VendorGrid Of(string vendor, IReadOnlyList<ScenarioResult> scenarios)
    {
        var operations = scenarios.Select(s => s.Scenario.Operation.Label).Distinct(StringComparer.Ordinal).ToList();
        var rows = scenarios
            .GroupBy(s => (s.Scenario.Class, s.Scenario.Requirement.Key))
            .OrderBy(g => g.Key.Class, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Key, StringComparer.Ordinal)
            .Select(g => new GridRow(g.Key.Class, g.Key.Key, operations.Select(op => Cell(g, op)).ToList()))
            .ToList();
        return new VendorGrid(vendor, operations, rows);
    }

    private static GridCell? Cell(IEnumerable<ScenarioResult> scenarios, string operation)
    {
        var verdicts = scenarios.Where(s => s.Scenario.Operation.Label == operation).Select(s => s.Verdict).ToList();
        return verdicts.Count == 0 ? null : GridCell.Of(verdicts);
    }
}
