using System.Text.RegularExpressions;

namespace Conformance.Tests.Docs;

/// <summary>One command line of the documentation and the exit code it documents.</summary>
/// <param name="Line">The whole line, comment included (bash ignores it).</param>
/// <param name="Command">The line without its trailing comment.</param>
public sealed partial record DocumentedCommand(string Line, string Command, int ExpectedExit, string Where)
{
    public static DocumentedCommand Parse(string line, string where)
    {
        var comment = Comment().Match(line);
        var command = comment.Success ? line[..comment.Index].TrimEnd() : line.Trim();
        var exit = comment.Success && Exits().Match(comment.Value) is { Success: true } m ? int.Parse(m.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return new DocumentedCommand(line.Trim(), command.Trim(), exit, where);
    }

    // A comment starts at a '#' after whitespace, outside quotes (good enough for documentation lines).
    [GeneratedRegex(@"\s#(?=[^'""]*$).*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\bexits (?<code>\d+)")]
    private static partial Regex Exits();

    public override string ToString() => $"{Where}: {Command}";
}
