using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Spec;

namespace Conformance.Tests.Spec;

/// <summary>One <c>x-requirements</c> entry as the YAML writes it (not as the loader reads it).</summary>
internal sealed record RawRequirement(string File, string Pointer, string Key, JsonObject Node)
{
    public string? Basis => Text(Node["basis"]);

    public string? Level => Text(Node["level"]);

    public string Source => Text(Node["source"]) ?? "";

    public string Quote => Text(Node["quote"]) ?? "";

    public string? Seed => Text(Node["seed"]);

    public JsonObject? Expect => Node["expect"] as JsonObject;

    public override string ToString() => $"{Path.GetFileName(Path.GetDirectoryName(File))}{Pointer}";

    internal static string? Text(JsonNode? node) => node is JsonValue v ? v.ToString() : null;
}

/// <summary>
/// Checks a requirement's quote against what it cites: a <c>documented</c> (or seeded
/// <c>specified</c>) quote must occur verbatim in its seed file under the shared folder, a
/// <c>standard</c> quote in the sentence of a <c>specs/standards.yaml</c> entry with the same URL.
/// Verbatim means: runs of whitespace may differ, nothing else. A quote taken from a facts file
/// must sit in a section the facts file marks confirmed ([C]).
/// </summary>
internal sealed partial class QuoteEvidence(string? sharedDirectory, IReadOnlyList<(string Url, string Sentence)> standards)
{
    public string? SharedDirectory { get; } = sharedDirectory;

    public static QuoteEvidence Load() => new(FindShared(), Standards(Path.Combine(SpecFiles.RepoRoot, "specs", "standards.yaml")));

    /// <summary>Every x-requirements entry of a spec file, read from its YAML.</summary>
    public static IReadOnlyList<RawRequirement> Requirements(string file)
    {
        var root = YamlJsonReader.Read(File.ReadAllText(file), file).Root;
        var found = new List<RawRequirement>();
        Walk(root, "", file, found);
        return found;
    }

    public static IReadOnlyList<(string Url, string Sentence)> Standards(string file)
    {
        var root = YamlJsonReader.Read(File.ReadAllText(file), file).Root;
        return (root["standards"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(e => (RawRequirement.Text(e["url"]) ?? "", RawRequirement.Text(e["sentence"]) ?? ""))
            .ToList();
    }

    /// <summary>Why the quote is not what its source says; empty when it is.</summary>
    public IEnumerable<string> SeedProblems(string basis, string quote, string? seed)
    {
        if (seed is null)
        {
            if (basis == "documented") yield return "a documented requirement names no seed or facts file to check its quote against";
            yield break;
        }

        if (SharedDirectory is null) yield break;
        var path = Path.Combine(SharedDirectory, seed);
        if (!seed.StartsWith("seeds/", StringComparison.Ordinal) && !seed.StartsWith("reference/", StringComparison.Ordinal))
        {
            yield return $"seed '{seed}' is neither under seeds/ nor under reference/";
            yield break;
        }

        if (!File.Exists(path))
        {
            yield return $"seed '{seed}' does not exist under {SharedDirectory}";
            yield break;
        }

        var text = File.ReadAllText(path);
        var wanted = Collapse(quote);
        if (!Collapse(text).Contains(wanted, StringComparison.Ordinal))
        {
            yield return $"quote is not verbatim in {seed}: \"{quote}\"";
            yield break;
        }

        if (seed.StartsWith("reference/", StringComparison.Ordinal))
        {
            if (!Sections(text).Any(s => s.Contains("[C]", StringComparison.Ordinal) && Collapse(s).Contains(wanted, StringComparison.Ordinal)))
            {
                yield return $"quote is in {seed}, but not in a section marked confirmed [C]";
            }
            else if (LinesHolding(text, wanted) is { } lines && lines.Contains("[I]", StringComparison.Ordinal) && !lines.Contains("[C]", StringComparison.Ordinal))
            {
                yield return $"quote is in {seed}, but on a line marked as the facts author's inference [I], not confirmed [C]";
            }
        }
    }

    // The fewest consecutive lines whose text holds the (collapsed) quote.
    private static string? LinesHolding(string text, string wanted)
    {
        var lines = text.Split('\n');
        for (var count = 1; count <= 12; count++)
        {
            for (var start = 0; start + count <= lines.Length; start++)
            {
                var window = string.Join('\n', lines, start, count);
                if (Collapse(window).Contains(wanted, StringComparison.Ordinal)) return window;
            }
        }

        return null;
    }

    /// <summary>Why the standard sentence is not in the excerpt file under <paramref name="url"/>; empty when it is.</summary>
    public IEnumerable<string> StandardProblems(string url, string quote)
    {
        var wanted = Collapse(quote);
        if (!standards.Any(s => s.Url == url))
        {
            yield return $"no entry of specs/standards.yaml has the url {url}";
        }
        else if (!standards.Any(s => s.Url == url && Collapse(s.Sentence).Contains(wanted, StringComparison.Ordinal)))
        {
            yield return $"quote is not verbatim in specs/standards.yaml under {url}: \"{quote}\"";
        }
    }

    /// <summary>Every problem of one requirement's own quote and of its preferred-status citation.</summary>
    public IEnumerable<string> Problems(RawRequirement requirement)
    {
        var basis = requirement.Basis ?? "";
        var own = basis switch
        {
            "documented" or "specified" => SeedProblems(basis, requirement.Quote, requirement.Seed),
            "standard" => StandardProblems(requirement.Source, requirement.Quote),
            _ => [],
        };
        foreach (var p in own) yield return $"{requirement}: {p}";
        if (requirement.Expect is { } expect && RawRequirement.Text(expect["preferred-basis"]) is { } preferredBasis)
        {
            var quote = RawRequirement.Text(expect["preferred-quote"]) ?? "";
            var preferred = preferredBasis switch
            {
                "standard" => StandardProblems(RawRequirement.Text(expect["preferred-source"]) ?? "", quote),
                "documented" => SeedProblems(preferredBasis, quote, RawRequirement.Text(expect["preferred-seed"])),
                _ => [],
            };
            foreach (var p in preferred) yield return $"{requirement} (preferred status): {p}";
        }
    }

    internal static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    // Markdown sections: a heading line and what follows it up to the next heading.
    private static IEnumerable<string> Sections(string text)
    {
        var current = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith('#') && current.Count > 0)
            {
                yield return string.Join('\n', current);
                current.Clear();
            }

            current.Add(line);
        }

        if (current.Count > 0) yield return string.Join('\n', current);
    }

    private static string? FindShared()
    {
        if (Environment.GetEnvironmentVariable("CONFORMANCE_SHARED_DIR") is { Length: > 0 } configured)
        {
            return Directory.Exists(Path.Combine(configured, "seeds")) ? configured : null;
        }

        for (var dir = new DirectoryInfo(SpecFiles.RepoRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "seeds"))) return candidate;
        }

        return null;
    }

    private static void Walk(JsonNode? node, string pointer, string file, List<RawRequirement> found)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    var at = $"{pointer}/{key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";
                    if (key == "x-requirements" && child is JsonObject requirements)
                    {
                        foreach (var (name, value) in requirements)
                        {
                            if (value is JsonObject r) found.Add(new RawRequirement(file, $"{at}/{name.Replace("/", "~1", StringComparison.Ordinal)}", name, r));
                        }
                    }
                    else
                    {
                        Walk(child, at, file, found);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) Walk(a[i], $"{pointer}/{i}", file, found);
                break;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
