using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Conformance.ReferenceTarget.Tests.Support;

/// <summary>Builds X-DFNS-NONCE values: base64url JSON of a random value and an ISO time (DECISIONS D4).</summary>
internal static class TestNonce
{
    public static string Create(DateTimeOffset time, string? random = null, string randomField = "uuid", string timeField = "date")
    {
        var json = new JsonObject
        {
            [randomField] = random ?? Guid.NewGuid().ToString(),
            [timeField] = time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        };
        return Base64Url(json.ToJsonString());
    }

    public static string Base64Url(string text) => Base64Url(Encoding.UTF8.GetBytes(text));

    public static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
