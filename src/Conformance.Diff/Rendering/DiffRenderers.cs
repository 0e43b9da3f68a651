namespace Conformance.Diff.Rendering;

/// <summary>The renderer for a format; <paramref name="failOn"/> is the gate level (JUnit marks
/// failures at or above it, so the CI view agrees with the exit code); <c>migration</c> picks the
/// migration note (text or markdown) instead of the change list.</summary>
internal static class DiffRenderers
{
    public static IDiffRenderer For(DiffFormat format, ChangeSeverity failOn, bool migration = false) => format switch
    {
        DiffFormat.Markdown when migration => new MigrationMarkdownRenderer(),
        DiffFormat.Text when migration => new MigrationTextRenderer(),
        DiffFormat.Markdown => new MarkdownDiffRenderer(),
        DiffFormat.Json => new JsonDiffRenderer(),
        DiffFormat.JUnit => new JUnitDiffRenderer(failOn),
        _ => new TextDiffRenderer(),
    };

    /// <summary>"2 breaking, 1 risky, 0 safe".</summary>
    public static string Summary(SpecDiff diff) =>
        $"{diff.Count(ChangeSeverity.Breaking)} breaking, {diff.Count(ChangeSeverity.Risky)} risky, {diff.Count(ChangeSeverity.Safe)} safe";

    public static string Name(ChangeSeverity severity) => severity.ToString().ToLowerInvariant();

    /// <summary><c>file:line</c>, or the pointer when the line is unknown.</summary>
    public static string Short(SpecLocation? location) =>
        location is null ? "—" : location.Line is { } line ? $"{Path.GetFileName(location.File)}:{line}" : $"{Path.GetFileName(location.File)} {location.Pointer}";
}
