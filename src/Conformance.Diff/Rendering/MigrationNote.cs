namespace Conformance.Diff.Rendering;

/// <summary>
/// A diff read as instructions for a client of the old version: per operation, what to send,
/// where, and what the answer now holds, each line classified as in the diff. Steps of one
/// operation that share their wording and severity become one line (listing their items, if any).
/// Changes that only concern what the suite checks (<see cref="SuiteOnlyRules"/>, or a change whose
/// comparer found no client step in it) are counted apart.
/// </summary>
internal sealed record MigrationNote(
    string OldSource,
    string NewSource,
    IReadOnlyList<MigrationSection> Sections,
    IReadOnlyList<(string RuleId, ChangeSeverity Severity, int Count)> SuiteOnly)
{
    public const string EveryOperation = "Every operation (security schemes and document settings)";

    public int Count(ChangeSeverity severity) => Sections.Sum(s => s.Lines.Count(l => l.Severity == severity));

    public static MigrationNote Build(SpecDiff diff)
    {
        var client = diff.Changes.Where(ForClients).ToList();
        var sections = client
            .GroupBy(c => c.OperationSlug)
            .OrderBy(g => g.Key is null ? 0 : 1)
            .ThenBy(g => Heading(diff, g.Key), StringComparer.Ordinal)
            .Select(g => new MigrationSection(Heading(diff, g.Key), Lines(g)))
            .ToList();
        var suiteOnly = diff.Changes.Where(c => !ForClients(c))
            .GroupBy(c => (c.RuleId, c.Severity))
            .OrderByDescending(g => g.Key.Severity)
            .ThenBy(g => g.Key.RuleId, StringComparer.Ordinal)
            .Select(g => (g.Key.RuleId, g.Key.Severity, g.Count()))
            .ToList();
        return new MigrationNote(diff.OldSource, diff.NewSource, sections, suiteOnly);
    }

    private static bool ForClients(SpecChange change) => !SuiteOnlyRules.Contains(change.RuleId) && change.Steps is not { Count: 0 };

    private static string Heading(SpecDiff diff, string? slug) =>
        slug is null ? EveryOperation
        : diff.OperationLabels.TryGetValue(slug, out var label) ? $"{label} ({slug})"
        : slug;

    /// <summary>Worst first (the diff's order); listed steps joined into the line of their first item,
    /// a step said twice (an answer documented both as a requirement and as a semantics) said once.</summary>
    private static List<MigrationLine> Lines(IEnumerable<SpecChange> changes)
    {
        var lines = new List<(ChangeSeverity Severity, string Text, List<string> Items, List<string> Rules, SpecChange First)>();
        foreach (var change in changes)
        {
            foreach (var step in change.Steps ?? [new ClientStep(change.Message)])
            {
                var at = lines.FindIndex(l => (l.Items.Count > 0) == (step.Item is not null) && l.Severity == change.Severity && l.Text == step.Text);
                if (at < 0)
                {
                    lines.Add((change.Severity, step.Text, step.Item is null ? [] : [step.Item], [change.RuleId], change));
                    continue;
                }

                if (step.Item is { } item && !lines[at].Items.Contains(item)) lines[at].Items.Add(item);
                if (!lines[at].Rules.Contains(change.RuleId)) lines[at].Rules.Add(change.RuleId);
            }
        }

        return lines
            .Select(l => new MigrationLine(l.Severity, l.Items.Count == 0 ? l.Text : $"{l.Text}: {string.Join(", ", l.Items)}", l.Rules, l.First.OldLocation, l.First.NewLocation))
            .ToList();
    }
}
