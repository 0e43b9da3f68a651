namespace Conformance.ReferenceTarget.Crypto;

/// <summary>RFC 4648 §5 base64url; padding optional on input (DECISIONS D4, D17), never written.</summary>
internal static class Base64Url
{
    public static string Encode(ReadOnlySpan<byte> bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

    public static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        var trimmed = text.TrimEnd('=');
        foreach (var c in trimmed)
        {
            // Reject the standard alphabet's '+' and '/': the documents say base64url.
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'))
            {
                return false;
            }
        }

        if (trimmed.Length % 4 == 1)
        {
            return false;
        }

        try
        {
            bytes = System.Buffers.Text.Base64Url.DecodeFromChars(trimmed);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
