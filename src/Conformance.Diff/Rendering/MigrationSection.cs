namespace Conformance.Diff.Rendering;

/// <summary>The instructions for one operation (or, with no operation, for every operation).</summary>
internal sealed record MigrationSection(string Heading, IReadOnlyList<MigrationLine> Lines);
