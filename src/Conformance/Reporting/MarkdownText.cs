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

    /// <summary>
    /// Plain prose: characters that would start markup are escaped, except that a code span the
    /// text already holds (vendor documents quote headers as <c>`X-DFNS-NONCE`</c>) stays a code
    /// span; an escaped backtick would show on GitHub as a literal backtick around plain text.
    /// </summary>
    public static string Text(string text)
    {
        var line = ReportText.OneLine(text);
        var parts = line.Split('`');
        var balanced = parts.Length >= 3 && parts.Length % 2 == 1 && parts.Where((_, i) => i % 2 == 1).All(p => p.Trim().Length > 0);
        if (!balanced) return Escape(line);

        // Single backticks in pairs around text: every odd part is a code span.
        var result = new System.Text.StringBuilder(line.Length + 8);
        for (var i = 0; i < parts.Length; i++)
        {
            result.Append(i % 2 == 1 ? Code(parts[i]) : Escape(parts[i]));
        }

        return result.ToString();
    }

    /// <summary>
    /// A verbatim quote: as prose when it reads as prose, else (markup that prose would show as
    /// escaped backslashes and stars on GitHub, e.g. <c>**`X-DFNS-NONCE` already used** ```JSON</c>)
    /// as one code span, shown exactly as the source has it.
    /// </summary>
    public static string Quote(string text)
    {
        var prose = Text(text);
        return prose.Contains("\\`", StringComparison.Ordinal) || prose.Contains("\\*", StringComparison.Ordinal) ? Code(text) : prose;
    }

    private static string Escape(string line)
    {
        var escaped = new System.Text.StringBuilder(line.Length);
        foreach (var c in line)
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
