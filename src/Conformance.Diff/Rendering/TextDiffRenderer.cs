using System.Text;

namespace Conformance.Diff.Rendering;

/// <summary>Console text: a summary line, then one block per change, worst first.</summary>
internal sealed class TextDiffRenderer : IDiffRenderer
{
    public string Render(SpecDiff diff)
    {
        var text = new StringBuilder();
        text.Append("spec diff: ").Append(diff.OldSource).Append(" -> ").AppendLine(diff.NewSource);
        if (diff.IsEmpty)
        {
            text.AppendLine("no changes");
            return text.ToString();
        }

        text.Append(DiffRenderers.Summary(diff)).Append("; ").Append(diff.TouchedOperationSlugs.Count).AppendLine(" operation(s) touched");
        foreach (var change in diff.Changes)
        {
            text.AppendLine();
            text.Append(DiffRenderers.Name(change.Severity).ToUpperInvariant().PadRight(9)).Append(change.RuleId);
            if (change.OperationSlug is { } slug) text.Append("  [").Append(slug).Append(']');
            text.AppendLine();
            text.Append("  ").AppendLine(change.Message);
            if (change.OldLocation is { } o) text.Append("  old: ").AppendLine(o.ToString());
            if (change.NewLocation is { } n) text.Append("  new: ").AppendLine(n.ToString());
            if (change.RequirementKeys.Count > 0) text.Append("  requirements: ").AppendLine(string.Join(", ", change.RequirementKeys));
        }

        return text.ToString();
    }
}
