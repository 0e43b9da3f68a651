using YamlDotNet.RepresentationModel;

namespace Conformance.Tests.RealSpecs;

/// <summary>Reads Fixtures/prism-known-fails.yaml: every spec of shared/specs with its known FAILs.</summary>
internal static class KnownFails
{
    private static readonly string[] Kinds = [KnownFail.Deviation, KnownFail.Pending];

    public static string File => Path.Combine(TestContext.CurrentContext.TestDirectory, "RealSpecs", "Fixtures", "prism-known-fails.yaml");

    /// <summary>Spec file name → its entries (a spec with none has an empty list).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<KnownFail>> Load()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(File)) stream.Load(reader);
        var specs = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("specs")];
        var result = new Dictionary<string, IReadOnlyList<KnownFail>>(StringComparer.Ordinal);
        foreach (var (key, value) in specs.Children)
        {
            var spec = ((YamlScalarNode)key).Value!;
            result[spec] = value is YamlSequenceNode entries ? entries.Children.Select(e => Entry(spec, (YamlMappingNode)e)).ToList() : [];
        }

        return result;
    }

    private static KnownFail Entry(string spec, YamlMappingNode node)
    {
        string Text(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)
            ? s.Value!
            : throw new InvalidDataException($"prism-known-fails.yaml: an entry of {spec} has no {key}");
        IReadOnlyList<string> List(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v)
            ? v is YamlSequenceNode seq ? seq.Children.Select(c => ((YamlScalarNode)c).Value!).ToList() : [((YamlScalarNode)v).Value!]
            : [];

        var kind = Text("kind");
        if (!Kinds.Contains(kind)) throw new InvalidDataException($"prism-known-fails.yaml: kind '{kind}' of an entry of {spec} is not one of {string.Join(", ", Kinds)}");
        var scenarios = List("scenarios");
        if (scenarios.Count == 0) throw new InvalidDataException($"prism-known-fails.yaml: an entry of {spec} names no scenarios");
        var checks = List("checks");
        if (checks.Count == 0) throw new InvalidDataException($"prism-known-fails.yaml: an entry of {spec} names no checks");
        return new KnownFail(spec, kind, checks, scenarios, List("status"), Text("reason"));
    }
}
