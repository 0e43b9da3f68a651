namespace Conformance.Reporting;

/// <summary>Escaping for GitHub-flavoured Markdown: table cells, inline code and fenced blocks.</summary>
internal static class MarkdownText
{
    /// <summary>Text for a table cell: one line, pipes escaped.</summary>
    public static string Cell(string text) => ReportText.OneLine(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Inline code that survives backticks inside it.</summary>
    public static string Code(string text)
    {
        var line = ReportText.OneLine(text);
        var fence = new string('`', LongestRun(line, '`') + 1);
        var pad = line.StartsWith('`') || line.EndsWith('`') ? " " : "";
        return $"{fence}{pad}{line}{pad}{fence}";
    }

    /// <summary>A fenced block that survives triple backticks inside it.</summary>
    public static string Block(string text, string language = "")
    {
        var fence = new string('`', Math.Max(3, LongestRun(text, '`') + 1));
        return $"{fence}{language}\n{text.TrimEnd('\n')}\n{fence}";
    }

    /// <summary>Plain prose: characters that would start markup are escaped.</summary>
    public static string Text(string text)
    {
        var escaped = new System.Text.StringBuilder(text.Length);
        foreach (var c in ReportText.OneLine(text))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#') escaped.Append('\\');
            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
