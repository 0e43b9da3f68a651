using System.Text.RegularExpressions;
using Spectre.Console;

namespace Conformance.Cli;

/// <summary>The colour of a console line, read from how it starts: a verdict symbol, an error, the summary line.</summary>
internal static partial class LineStyles
{
    public static Style For(string line) => line switch
    {
        _ when line.StartsWith("× ", StringComparison.Ordinal) || line.StartsWith("error:", StringComparison.Ordinal) => new Style(Color.Red),
        _ when line.StartsWith("! ", StringComparison.Ordinal) || line.StartsWith("warning:", StringComparison.Ordinal) => new Style(Color.Yellow),
        _ when line.StartsWith("? ", StringComparison.Ordinal) => new Style(Color.Fuchsia),
        _ when line.StartsWith("✔ ", StringComparison.Ordinal) => new Style(Color.Green),
        _ when line.StartsWith("- ", StringComparison.Ordinal) => new Style(Color.Grey),
        _ when line.StartsWith("    × ", StringComparison.Ordinal) => new Style(Color.Red),
        _ when line.StartsWith("    ! ", StringComparison.Ordinal) => new Style(Color.Yellow),
        _ when SummaryLine().IsMatch(line) => new Style(Failed().IsMatch(line) || line.Contains("INCOMPLETE", StringComparison.Ordinal) ? Color.Red : Color.Green, decoration: Decoration.Bold),
        _ when line is "Failures:" || line.StartsWith("Conformance ", StringComparison.Ordinal) => new Style(decoration: Decoration.Bold),
        _ => Style.Plain,
    };

    [GeneratedRegex(@"^\d+ scenarios, \d+ passed")]
    private static partial Regex SummaryLine();

    [GeneratedRegex(@"\b[1-9]\d* failed")]
    private static partial Regex Failed();
}
