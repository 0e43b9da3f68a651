using System.Security.Cryptography;

namespace Conformance.ReferenceTarget.Crypto;

/// <summary>Random identifiers and secrets in the shapes the vendor documents show.</summary>
internal static class RandomIds
{
    private const string Base36 = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>Dfns id like <c>cr-4uc9u-12ij1-9s08327e73jqqcnr</c> (User schema pattern, dfns-facts §1.6).</summary>
    public static string DfnsId(string prefix) =>
        $"{prefix}-{Chars(Base36, 5)}-{Chars(Base36, 5)}-{Chars(Base36, 16)}";

    /// <summary>An opaque secret: 32 random bytes, base64url.</summary>
    public static string Secret() => Base64Url.Encode(RandomNumberGenerator.GetBytes(32));

    /// <summary>A decimal id like the error id of the current error structure (<c>"2038837570328299032"</c>).</summary>
    public static string Digits(int length) => Chars("0123456789", length);

    public static string Hex(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));

    private static string Chars(string alphabet, int length) => RandomNumberGenerator.GetString(alphabet, length);
}
