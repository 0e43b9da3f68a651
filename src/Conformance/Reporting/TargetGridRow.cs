namespace Conformance.Reporting;

/// <summary>A row of the grid across targets: one requirement of one operation, one cell per column (null: not tested there).</summary>
internal sealed record TargetGridRow(string Class, string Operation, string Key, IReadOnlyList<GridCell?> Cells);
