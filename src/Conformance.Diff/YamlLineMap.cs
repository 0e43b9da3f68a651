using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Conformance.Diff;

/// <summary>
/// The line of every node of a YAML document, keyed by JSON pointer, read from the parser's event
/// stream. Only lines are needed to locate a change, so no node tree is built: this is several
/// times cheaper than reading the document again.
/// </summary>
internal static class YamlLineMap
{
    public static Dictionary<string, int> Read(string yaml)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        var parser = new Parser(new StringReader(yaml));
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case DocumentEnd:
                    return lines;
                case MappingEnd or SequenceEnd:
                    stack.Pop();
                    break;
                case NodeEvent node:
                    if (stack.TryPeek(out var top) && top.Mapping && top.Key is null)
                    {
                        // A mapping key (our specs only have scalar keys; the loader refuses others).
                        top.Key = (node as Scalar)?.Value ?? "";
                        if (node is MappingStart or SequenceStart) stack.Push(new Frame("", node is MappingStart));
                        break;
                    }

                    var pointer = top is null ? "" : top.Mapping ? $"{top.Pointer}/{Spec.JsonPointer.Escape(top.Key!)}" : $"{top.Pointer}/{top.Index++}";
                    if (top is { Mapping: true }) top.Key = null;
                    lines[pointer] = (int)node.Start.Line;
                    if (node is MappingStart or SequenceStart) stack.Push(new Frame(pointer, node is MappingStart));
                    break;
            }
        }

        return lines;
    }

    private sealed class Frame(string pointer, bool mapping)
    {
        public string Pointer { get; } = pointer;

        public bool Mapping { get; } = mapping;

        /// <summary>For a mapping: the key whose value comes next (null: a key comes next).</summary>
        public string? Key { get; set; }

        /// <summary>For a sequence: the index of the next item.</summary>
        public int Index { get; set; }
    }
}
