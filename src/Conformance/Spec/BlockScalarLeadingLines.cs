using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Conformance.Spec;

/// <summary>
/// YamlDotNet refuses a block scalar (<c>|</c>, <c>|+</c>, <c>&gt;-</c>…) whose first lines are
/// empty but hold spaces ("found extra spaces in first line") even where YAML allows them: YAML
/// 1.2.2 §8.1.1.1 forbids only leading empty lines with <em>more</em> spaces than the first
/// non-empty line, and a scalar with no non-empty line takes its indentation from its longest
/// line. An empty line means a line break whatever spaces it holds (§6.5, l-empty), so blanking
/// such lines changes no value, and every line keeps its number for located problems.
/// </summary>
internal static partial class BlockScalarLeadingLines
{
    private const string Refusal = "found extra spaces in first line";

    /// <summary>The text with the offending lines blanked, or null when the refusal stands (the YAML is invalid).</summary>
    public static string? Repair(string yaml, YamlException error)
    {
        if (!(error.Message.Contains(Refusal, StringComparison.Ordinal) || error.InnerException?.Message.Contains(Refusal, StringComparison.Ordinal) == true)) return null;

        // The scanner stops at the first non-empty line of the scalar (or the end): the empty
        // lines are the ones just above it, up to the header line.
        var lines = yaml.Split('\n');
        var stop = (int)error.Start.Line - 1;
        if (stop < 1 || stop > lines.Length) return null;
        var first = stop;
        while (first > 0 && Blank(lines[first - 1])) first--;
        if (first == stop || first == 0 || !Header().IsMatch(lines[first - 1].TrimEnd('\r'))) return null;

        // Content lines start deeper than the header's line; a line at or above that depth ends the scalar.
        var headerIndent = Indent(lines[first - 1]);
        var contentIndent = stop < lines.Length && !Blank(lines[stop]) && Indent(lines[stop]) > headerIndent ? Indent(lines[stop]) : int.MaxValue;
        for (var i = first; i < stop; i++)
        {
            if (Indent(lines[i]) > contentIndent) return null;
            lines[i] = lines[i].EndsWith('\r') ? "\r" : "";
        }

        return string.Join('\n', lines);
    }

    private static bool Blank(string line) => line.TrimEnd('\r').All(c => c == ' ');

    private static int Indent(string line) => line.TrimEnd('\r').TakeWhile(c => c == ' ').Count();

    // A block scalar header at the end of a line: | or > with optional chomping and indentation
    // indicators, then an optional comment (YAML 1.2.2 §8.1.1).
    [GeneratedRegex(@"(^|[\s:\-?])[|>]([+-]?[1-9]?|[1-9][+-])\s*(#.*)?$")]
    private static partial Regex Header();
}
