using System.Text;

namespace Conformance.Diff.Rendering;

/// <summary>The migration note for the console: a heading per operation, one classified instruction a line.</summary>
internal sealed class MigrationTextRenderer : IDiffRenderer
{
    public string Render(SpecDiff diff)
    {
        var note = MigrationNote.Build(diff);
        var text = new StringBuilder();
        text.Append("migration note: ").Append(note.OldSource).Append(" -> ").AppendLine(note.NewSource);
        text.AppendLine(Intro(note));
        foreach (var section in note.Sections)
        {
            text.AppendLine();
            text.AppendLine(section.Heading);
            foreach (var line in section.Lines)
            {
                text.Append("  [").Append(DiffRenderers.Name(line.Severity)).Append("] ").Append(line.Text)
                    .Append("  (").Append(line.Reference()).AppendLine(")");
            }
        }

        if (note.SuiteOnly.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Changed in what the suite checks only (no client change; see --format text):");
            foreach (var (rule, severity, count) in note.SuiteOnly)
            {
                text.Append("  [").Append(DiffRenderers.Name(severity)).Append("] ").Append(rule).Append(" x").AppendLine(Count(count));
            }
        }

        return text.ToString();
    }

    /// <summary>The counts, and what the classification means for the reader.</summary>
    public static string Intro(MigrationNote note) =>
        note.Sections.Count == 0
            ? "Nothing for a client to change."
            : $"What a client of the old version changes, {Count(note.Sections.Sum(s => s.Lines.Count))} steps: "
              + $"{Count(note.Count(ChangeSeverity.Breaking))} breaking, {Count(note.Count(ChangeSeverity.Risky))} risky, {Count(note.Count(ChangeSeverity.Safe))} safe "
              + "(breaking: a request or answer handling of the old version may now fail; risky: it keeps working but may misbehave; safe: nothing to do).";

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
