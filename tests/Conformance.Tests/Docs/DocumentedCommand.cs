using System.Text.RegularExpressions;

namespace Conformance.Tests.Docs;

/// <summary>One command line of the documentation and the exit code it documents.</summary>
/// <param name="Line">The whole line, comment included (bash ignores it).</param>
/// <param name="Command">The line without its trailing comment.</param>
public sealed partial record DocumentedCommand(string Line, string Command, int ExpectedExit, string Where)
{
    public static DocumentedCommand Parse(string line, string where)
    {
        line = line.Trim();
        var hash = CommentStart(line);
        var command = hash < 0 ? line : line[..hash].TrimEnd();
        var comment = hash < 0 ? "" : line[hash..];
        var exit = Exits().Match(comment) is { Success: true } m ? int.Parse(m.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return new DocumentedCommand(line, command, exit, where);
    }

    /// <summary>Where bash's comment starts: a '#' at the start or after whitespace, outside quotes; -1 for none.</summary>
    public static int CommentStart(string line)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                else if (c == '\\' && quote == '"') i++;
            }
            else if (c is '\'' or '"') quote = c;
            else if (c == '\\') i++;
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1]))) return i;
        }

        return -1;
    }

    [GeneratedRegex(@"\bexits (?<code>\d+)")]
    private static partial Regex Exits();

    public override string ToString() => $"{Where}: {Command}";
}
