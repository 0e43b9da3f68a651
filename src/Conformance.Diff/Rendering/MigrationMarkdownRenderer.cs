using System.Text;

namespace Conformance.Diff.Rendering;

/// <summary>The migration note as Markdown: a section per operation, a classified bullet per instruction.</summary>
internal sealed class MigrationMarkdownRenderer : IDiffRenderer
{
    public string Render(SpecDiff diff)
    {
        var note = MigrationNote.Build(diff);
        var md = new StringBuilder();
        md.Append("### Migration note: `").Append(note.OldSource).Append("` → `").Append(note.NewSource).AppendLine("`");
        md.AppendLine();
        md.AppendLine(MigrationTextRenderer.Intro(note));
        foreach (var section in note.Sections)
        {
            md.AppendLine();
            md.Append("#### ").AppendLine(Escape(section.Heading));
            md.AppendLine();
            foreach (var line in section.Lines)
            {
                var severity = line.Severity == ChangeSeverity.Breaking ? "**breaking**" : DiffRenderers.Name(line.Severity);
                md.Append("- ").Append(severity).Append(" — ").Append(Escape(line.Text))
                    .Append(" (").Append(Escape(line.Reference())).AppendLine(")");
            }
        }

        if (note.SuiteOnly.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("#### Changed in what the suite checks only (no client change; see `--format markdown` without `--migration`)");
            md.AppendLine();
            foreach (var (rule, severity, count) in note.SuiteOnly)
            {
                md.Append("- ").Append(DiffRenderers.Name(severity)).Append(" — `").Append(rule).Append("` ×").AppendLine(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return md.ToString();
    }

    // Paths such as /auth/users/{userId} and "<oneOf>" must survive Markdown: escape what it would eat.
    private static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);
}
