namespace Conformance.Configuration;

/// <summary>
/// Finds a <c>${env:NAME}</c> or <c>${file:PATH}</c> written bare inside a flow collection
/// (<c>{ appId: ${env:APP_ID} }</c>): YAML reads its braces as the collection's own and the file
/// does not parse. Block style (<c>appId: ${env:APP_ID}</c>) is fine; in flow style the reference
/// must be quoted. Scans lines, tracking quotes, comments and flow depth, so it names the
/// reference and its line without echoing anything else of the profile.
/// </summary>
internal static class UnquotedReference
{
    /// <summary>The first bare reference in flow context: its text and 1-based line; null when none.</summary>
    public static (string Reference, int Line)? Find(string text)
    {
        var depth = 0;
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            var quote = '\0';
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quote != '\0')
                {
                    if (c == quote) quote = '\0';
                    continue;
                }

                switch (c)
                {
                    case '"' or '\'':
                        quote = c;
                        break;
                    case '#' when i == 0 || char.IsWhiteSpace(line[i - 1]):
                        i = line.Length;
                        break;
                    case '{' or '[':
                        depth++;
                        break;
                    case '}' or ']':
                        depth = Math.Max(0, depth - 1);
                        break;
                    case '$' when depth > 0 && i + 1 < line.Length && line[i + 1] == '{':
                        var end = line.IndexOf('}', i);
                        if (end > i) return (line[i..(end + 1)], n + 1);
                        break;
                }
            }
        }

        return null;
    }

    /// <summary>The message for a profile that fails to parse because of <paramref name="found"/>.</summary>
    public static string Advice((string Reference, int Line) found) =>
        $"{found.Reference} inside {{ … }} or [ … ] must be quoted: write \"{found.Reference}\"";
}
