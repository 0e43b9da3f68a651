using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Conformance.Reporting;

/// <summary>
/// JSON as a person reads it: a <c>\u00E9</c> escape of a visible non-ASCII character (a letter,
/// mark, digit, punctuation or symbol, e.g. <c>é</c>, <c>中</c>, an emoji as a surrogate pair) is
/// written as the character itself. The value is the same JSON. Every other escape stays as it was:
/// ASCII (<c>\u0027</c>, <c>\"</c>, <c>\\</c>), controls, separators, format characters (bidi
/// overrides, zero-width), private-use, unassigned and lone surrogates, which would hide what was
/// sent or play tricks on a terminal. Text that is not valid JSON is returned unchanged.
/// </summary>
internal static class ReadableJson
{
    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains("\\u", StringComparison.Ordinal) || !IsJson(text)) return text;
        var readable = new StringBuilder(text.Length);
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"') inString = !inString;
            if (!inString || c != '\\')
            {
                readable.Append(c);
                continue;
            }

            // Valid JSON: an escape is a backslash and one more character, or \u and four hex digits.
            if (text[i + 1] == 'u' && Escaped(text, i) is { } escaped && Visible(escaped.Rune))
            {
                readable.Append(escaped.Rune.ToString());
                i += escaped.Length - 1;
                continue;
            }

            readable.Append(c).Append(text[i + 1]);
            i++;
        }

        return readable.ToString();
    }

    /// <summary>The character a <c>\uXXXX</c> escape at <paramref name="at"/> stands for (a pair of escapes for a surrogate pair), with the escape's length.</summary>
    private static (Rune Rune, int Length)? Escaped(string text, int at)
    {
        var first = Hex(text, at);
        if (!char.IsSurrogate(first)) return (new Rune(first), 6);
        if (!char.IsHighSurrogate(first) || at + 12 > text.Length || text[at + 6] != '\\' || text[at + 7] != 'u') return null;
        var second = Hex(text, at + 6);
        return char.IsLowSurrogate(second) ? (new Rune(first, second), 12) : null;
    }

    private static char Hex(string text, int at) => (char)int.Parse(text.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    private static bool Visible(Rune rune) => rune.Value >= 0x80 && Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
        _ => true,
    };

    private static bool IsJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
