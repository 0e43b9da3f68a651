namespace Conformance.Reporting;

/// <summary>A row of the vendor grid: one requirement key, one cell per operation (null: not tested there).</summary>
internal sealed record GridRow(string Class, string Key, IReadOnlyList<GridCell?> Cells);
