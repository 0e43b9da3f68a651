using System.Text;
using System.Xml;

namespace Conformance.Reporting;

/// <summary>Text made safe for XML 1.0: characters XML cannot hold become <c>\uXXXX</c>.</summary>
internal static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        if (text.All(XmlConvert.IsXmlChar) && !HasSurrogates(text)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                clean.Append(c);
            }
            else
            {
                clean.Append(@"\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return clean.ToString();
    }

    private static bool HasSurrogates(string text) => text.Any(char.IsSurrogate);
}
