using System.Text.Json.Nodes;

namespace Conformance.Spec;

/// <summary>A spec file read into JSON, with the line of every node where the format tells it.</summary>
internal sealed record SpecText(JsonNode Root, IReadOnlyDictionary<string, int> Lines)
{
    public int? LineOf(string pointer)
    {
        // Walk up to the nearest ancestor with a known line.
        for (var p = pointer; ; p = p[..p.LastIndexOf('/')])
        {
            if (Lines.TryGetValue(p, out var line)) return line;
            if (p.Length == 0 || !p.Contains('/')) return null;
        }
    }
}
