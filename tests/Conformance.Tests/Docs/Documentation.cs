using Conformance.Execution;

namespace Conformance.Tests.Docs;

/// <summary>The repository's documentation, as a user meets it: README.md and docs/*.</summary>
public static class Documentation
{
    public static string Root { get; } = RepositoryPaths.Root ?? throw new InvalidOperationException("the repository root (Conformance.sln) was not found");

    /// <summary>README.md and every docs/*.md, relative to the root.</summary>
    public static IReadOnlyList<string> MarkdownFiles { get; } =
        ["README.md", .. Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md").Select(f => Path.GetRelativePath(Root, f)).Order(StringComparer.Ordinal)];

    public static string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    public static IReadOnlyList<FencedBlock> Blocks() => MarkdownFiles.SelectMany(f => Blocks(f, Read(f))).ToList();

    /// <summary>The fenced blocks (``` or ~~~) of one Markdown text.</summary>
    public static IEnumerable<FencedBlock> Blocks(string file, string markdown)
    {
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var open = lines[i].TrimStart();
            if (!open.StartsWith("```", StringComparison.Ordinal) && !open.StartsWith("~~~", StringComparison.Ordinal)) continue;
            var fence = open[..3];
            var language = open[3..].Trim().Split(' ')[0];
            var body = new List<string>();
            var start = i;
            for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith(fence, StringComparison.Ordinal); i++) body.Add(lines[i]);
            yield return new FencedBlock(file, start + 1, language, string.Join('\n', body));
        }
    }

    /// <summary>Every target profile the documentation shows: YAML blocks with vendors, and docs/*.yaml profiles.</summary>
    public static IReadOnlyList<(string Where, string Text)> Profiles() =>
        Blocks().Where(b => b.Language is "yaml" or "yml" && b.Text.Contains("vendors:", StringComparison.Ordinal)).Select(b => (b.Where, b.Text))
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.yaml")
                .Select(f => (Where: Path.GetRelativePath(Root, f), Text: File.ReadAllText(f)))
                .Where(p => p.Text.Contains("vendors:", StringComparison.Ordinal)))
            .ToList();
}
