using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Conformance.Spec;

/// <summary>
/// Reads YAML into JSON with YAML 1.2 core-schema scalar types. NSwag.Core.Yaml turns every
/// scalar into a string (<c>code: 200</c> becomes <c>"200"</c>), which breaks examples, enums and
/// extensions; so the suite converts YAML itself and hands NSwag JSON.
/// </summary>
internal static partial class YamlJsonReader
{
    private const int MaxBlockScalarRepairs = 10_000;

    public static SpecText Read(string yaml, string file)
    {
        var stream = LoadStream(yaml, file);

        if (stream.Documents.Count == 0)
        {
            throw new SpecLoadException($"{file}: the file is empty; expected an OpenAPI 3.x document");
        }

        var lines = new Dictionary<string, int>();
        var root = Convert(stream.Documents[0].RootNode, "", lines, file)
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

    private static JsonNode? Convert(YamlNode node, string pointer, Dictionary<string, int> lines, string file)
    {
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
                    obj[key] = Convert(valueNode, childPointer, lines, file);

                    // A node is located at its key: that is the line a reader looks for.
                    lines[childPointer] = (int)keyNode.Start.Line;
                }

                return obj;
            case YamlSequenceNode seq:
                var arr = new JsonArray();
                var i = 0;
                foreach (var child in seq.Children)
                {
                    arr.Add(Convert(child, pointer + "/" + i++, lines, file));
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

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
