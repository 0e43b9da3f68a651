using System.Text;

namespace Conformance.Diff.Rendering;

/// <summary>A pull-request comment: a verdict line, the counts, and a table of changes.</summary>
internal sealed class MarkdownDiffRenderer : IDiffRenderer
{
    public string Render(SpecDiff diff)
    {
        var md = new StringBuilder();
        md.Append("### Spec diff: `").Append(diff.OldSource).Append("` → `").Append(diff.NewSource).AppendLine("`");
        md.AppendLine();
        if (diff.IsEmpty)
        {
            md.AppendLine("No changes.");
            return md.ToString();
        }

        var verdict = diff.HasAtLeast(ChangeSeverity.Breaking) ? "**Breaking changes found.**" : "No breaking changes.";
        md.Append(verdict).Append(' ').Append(DiffRenderers.Summary(diff)).AppendLine(".");
        md.AppendLine();
        md.AppendLine("| Severity | Rule | Operation | Change | Old | New |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var c in diff.Changes)
        {
            var severity = c.Severity == ChangeSeverity.Breaking ? "**breaking**" : DiffRenderers.Name(c.Severity);
            var operation = c.OperationSlug is { } slug ? $"`{slug}`" : "(all using it)";
            md.Append("| ").Append(severity)
                .Append(" | `").Append(c.RuleId).Append('`')
                .Append(" | ").Append(operation)
                .Append(" | ").Append(Cell(c.Message))
                .Append(" | ").Append(Cell(DiffRenderers.Short(c.OldLocation)))
                .Append(" | ").Append(Cell(DiffRenderers.Short(c.NewLocation)))
                .AppendLine(" |");
        }

        md.AppendLine();
        md.Append("Operations touched: ").AppendLine(diff.TouchedOperationSlugs.Count == 0
            ? "none."
            : string.Join(", ", diff.TouchedOperationSlugs.Order(StringComparer.Ordinal).Select(s => $"`{s}`")) + ".");
        return md.ToString();
    }

    // Table cells: escape what Markdown would eat (a "<oneOf>" path would vanish as an HTML tag),
    // keep pipes and newlines out.
    private static string Cell(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);
}
