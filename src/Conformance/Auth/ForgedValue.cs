using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Conformance.Auth;

/// <summary>
/// Credentials of the right shape that the target cannot know: the same length and character
/// classes as the real value, so a rejection is about the value and not about its format.
/// </summary>
internal static class ForgedValue
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Digits = "0123456789";

    /// <summary>
    /// A value shaped like <paramref name="original"/>. A JWT keeps its header segment (it only
    /// names the algorithm) and gets a random payload and signature: a forgery, not garbage.
    /// </summary>
    public static string Like(string? original)
    {
        if (string.IsNullOrEmpty(original)) return Jwt();
        var parts = original.Split('.');
        if (parts.Length == 3 && parts[0].StartsWith("eyJ", StringComparison.Ordinal))
        {
            return $"{parts[0]}.{Scramble(parts[1])}.{Scramble(parts[2])}";
        }

        return Scramble(original);
    }

    /// <summary>A random JWT-shaped token (RFC 7519 §3: three base64url segments).</summary>
    public static string Jwt()
    {
        var header = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("{\"alg\":\"ES256\",\"typ\":\"JWT\"}"));
        return $"{header}.{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(48))}.{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(64))}";
    }

    private static string Scramble(string text)
    {
        while (true)
        {
            var chars = text.Select(c => c switch
            {
                >= 'A' and <= 'Z' => Pick(Upper),
                >= 'a' and <= 'z' => Pick(Lower),
                >= '0' and <= '9' => Pick(Digits),
                _ => c,
            }).ToArray();
            var forged = new string(chars);
            if (forged != text || !text.Any(char.IsAsciiLetterOrDigit)) return forged;
        }
    }

    private static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
}
