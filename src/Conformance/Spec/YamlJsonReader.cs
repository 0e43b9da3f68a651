using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Conformance.Spec;

/// <summary>
/// Reads YAML into JSON with YAML 1.2 core-schema scalar types. NSwag.Core.Yaml turns every
/// scalar into a string (<c>code: 200</c> becomes <c>"200"</c>), which breaks examples, enums and
/// extensions; so the suite converts YAML itself and hands NSwag JSON. Bounded: a document larger
/// than <see cref="MaxCharacters"/>, nested deeper than <see cref="MaxDepth"/>, or whose aliases
/// expand past <see cref="MaxNodes"/> nodes (a "billion laughs" alias bomb fits in 1 KB) is refused
/// with one line before it can exhaust memory.
/// </summary>
internal static partial class YamlJsonReader
{
    /// <summary>The largest document read: the vendor's full Dfns OpenAPI is 2.9 MB.</summary>
    public const int MaxCharacters = 16 * 1024 * 1024;

    /// <summary>The deepest nesting read (the Dfns OpenAPI nests 36 deep).</summary>
    public const int MaxDepth = 128;

    /// <summary>The most nodes a document may expand to, aliases counted each time they are used (Dfns: 52,400).</summary>
    public const int MaxNodes = 500_000;

    private const int MaxBlockScalarRepairs = 10_000;

    public static SpecText Read(string yaml, string file)
    {
        if (yaml.Length > MaxCharacters)
        {
            throw new SpecLoadException($"{file}: the document has {yaml.Length:N0} characters, more than the {MaxCharacters:N0} a spec may have");
        }

        // The parser recurses on flow nesting ([[[[…), so a deep one is refused before it is parsed.
        if (FlowDepth(yaml) is { Depth: > MaxDepth } deep)
        {
            throw new SpecLoadException($"{file}:{deep.Line}: the document nests deeper than {MaxDepth} levels");
        }

        var stream = LoadStream(yaml, file);

        if (stream.Documents.Count == 0)
        {
            throw new SpecLoadException($"{file}: the file is empty; expected an OpenAPI 3.x document");
        }

        var lines = new Dictionary<string, int>();
        var budget = new Budget(file);
        var root = Convert(stream.Documents[0].RootNode, "", lines, budget, 0)
            ?? throw new SpecLoadException($"{file}: the document is null; expected an OpenAPI 3.x document");
        return new SpecText(root, lines);
    }

    private static YamlStream LoadStream(string yaml, string file)
    {
        // Each repair blanks the leading empty lines of one block scalar; a document has finitely many.
        for (var repairs = 0; ; repairs++)
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(yaml));
                return stream;
            }
            catch (YamlException e)
            {
                if (repairs < MaxBlockScalarRepairs && BlockScalarLeadingLines.Repair(yaml, e) is { } repaired)
                {
                    yaml = repaired;
                    continue;
                }

                var reason = (e.InnerException?.Message ?? e.Message).Split('\n')[0];
                throw new SpecLoadException($"{file}:{e.Start.Line}: invalid YAML: {reason}");
            }
        }
    }

    /// <summary>The deepest <c>[</c>/<c>{</c> nesting outside quotes and comments, and a line where it is reached.</summary>
    private static (int Depth, int Line) FlowDepth(string yaml)
    {
        int depth = 0, deepest = 0, line = 1, deepestLine = 1;
        char? quote = null;
        var comment = false;
        var previous = '\n';
        var spaced = true;
        foreach (var c in yaml)
        {
            if (c == '\n') line++;
            if (quote is not null)
            {
                if (c == quote) quote = null;
                continue;
            }

            if (c == '\n')
            {
                (comment, previous, spaced) = (false, c, true);
                continue;
            }

            if (comment) continue;
            if (c is ' ' or '\t')
            {
                spaced = true;
                continue;
            }

            switch (c)
            {
                // A comment starts after a space; a quoted scalar only where a value may start (the apostrophe of "don't" is text).
                case '#' when spaced: comment = true; break;
                case '"' or '\'' when previous is '\n' or ':' or '-' or '[' or '{' or ',': quote = c; break;
                case '[' or '{':
                    if (++depth > deepest) (deepest, deepestLine) = (depth, line);
                    break;
                case ']' or '}': depth = Math.Max(0, depth - 1); break;
            }

            (previous, spaced) = (c, false);
        }

        return (deepest, deepestLine);
    }

    private static JsonNode? Convert(YamlNode node, string pointer, Dictionary<string, int> lines, Budget budget, int depth)
    {
        budget.Spend(node, depth);
        var file = budget.File;
        lines[pointer] = (int)node.Start.Line;
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (keyNode, valueNode) in map.Children)
                {
                    var key = (keyNode as YamlScalarNode)?.Value
                        ?? throw new SpecLoadException($"{file}:{keyNode.Start.Line}: invalid YAML: mapping keys must be scalars");
                    if (obj.ContainsKey(key))
                    {
                        throw new SpecLoadException($"{file}:{keyNode.Start.Line}: invalid YAML: duplicate key '{key}'");
                    }

                    var childPointer = pointer + "/" + JsonPointer.Escape(key);
                    obj[key] = Convert(valueNode, childPointer, lines, budget, depth + 1);

                    // A node is located at its key: that is the line a reader looks for.
                    lines[childPointer] = (int)keyNode.Start.Line;
                }

                return obj;
            case YamlSequenceNode seq:
                var arr = new JsonArray();
                var i = 0;
                foreach (var child in seq.Children)
                {
                    arr.Add(Convert(child, pointer + "/" + i++, lines, budget, depth + 1));
                }

                return arr;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return null;
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        // YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution).
        if (text is "" or "~" or "null" or "Null" or "NULL") return null;
        if (text is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (text is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (IntPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return JsonValue.Create(l);
        }

        if (FloatPattern().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return JsonValue.Create(d);
        }

        return JsonValue.Create(text);
    }

    /// <summary>Counts nodes as they are expanded, so an alias bomb stops long before memory runs out.</summary>
    private sealed class Budget(string file)
    {
        private int nodes;

        public string File { get; } = file;

        public void Spend(YamlNode node, int depth)
        {
            if (depth > MaxDepth) throw new SpecLoadException($"{File}:{node.Start.Line}: the document nests deeper than {MaxDepth} levels");
            if (++nodes > MaxNodes)
            {
                throw new SpecLoadException($"{File}:{node.Start.Line}: the document expands to more than {MaxNodes:N0} nodes (aliases counted each time they are used): an alias bomb, or too large a spec");
            }
        }
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
