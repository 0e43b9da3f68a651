using System.Text.Json.Nodes;

namespace Conformance.Diff.Tests;

/// <summary>
/// One pair of the diff corpus: <c>Fixtures/Corpus/&lt;name&gt;/{old.yaml,new.yaml,expected.json}</c>.
/// expected.json lists every rule hit the pair must produce (an entry without <c>operation</c>
/// matches the rule on any operation) and, optionally, the exact set of touched operations.
/// </summary>
public sealed record CorpusCase(string Name, string Description, IReadOnlyList<ExpectedChange> Changes, IReadOnlyList<string>? Touched)
{
    public static string Root { get; } = Path.Combine(Path.GetDirectoryName(typeof(CorpusCase).Assembly.Location)!, "Fixtures", "Corpus");

    public string OldPath => Path.Combine(Root, Name, "old.yaml");

    public string NewPath => Path.Combine(Root, Name, "new.yaml");

    public static IEnumerable<string> Names() => Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static CorpusCase Load(string name)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, name, "expected.json")))!.AsObject();
        var changes = json["changes"]!.AsArray()
            .Select(c => new ExpectedChange(c!["rule"]!.GetValue<string>(), c["severity"]!.GetValue<string>(), c["operation"]?.GetValue<string>()))
            .ToList();
        var touched = json["touched"]?.AsArray().Select(t => t!.GetValue<string>()).ToList();
        return new CorpusCase(name, json["description"]?.GetValue<string>() ?? "", changes, touched);
    }

    public override string ToString() => Name;
}
