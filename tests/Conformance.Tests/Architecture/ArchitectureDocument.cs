using Conformance.Execution;

namespace Conformance.Tests.Architecture;

/// <summary>ARCHITECTURE.md, read from the repository, and its sections.</summary>
internal static class ArchitectureDocument
{
    public static string Root => RepositoryPaths.Root ?? throw new InvalidOperationException("the repository (Conformance.sln) was not found above the test directory");

    public static string Text => File.ReadAllText(Path.Combine(Root, "ARCHITECTURE.md"));

    /// <summary>The text of the section under a <c>## </c> heading, up to the next one.</summary>
    public static string Section(string heading)
    {
        var text = Text;
        var start = text.IndexOf("\n## " + heading, StringComparison.Ordinal);
        if (start < 0) throw new AssertionException($"ARCHITECTURE.md has no section '## {heading}'");
        var end = text.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    /// <summary>The rows of the markdown table whose header starts with <paramref name="firstColumn"/>, as cells.</summary>
    public static IReadOnlyList<string[]> Table(string firstColumn)
    {
        var lines = Text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.FindIndex(l => l.StartsWith($"| {firstColumn} |", StringComparison.Ordinal));
        if (header < 0) throw new AssertionException($"ARCHITECTURE.md has no table starting with the column '{firstColumn}'");
        return lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
    }
}
