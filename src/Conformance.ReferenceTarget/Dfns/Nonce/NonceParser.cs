using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Conformance.ReferenceTarget.Crypto;

namespace Conformance.ReferenceTarget.Dfns.Nonce;

/// <summary>
/// Parses X-DFNS-NONCE: base64url JSON with a random value and an ISO 8601 time. The documents
/// spell the fields two ways each (uuid/nonce, date/datetime; DECISIONS D4), so both are taken
/// (unless a D4-alt reading narrows <see cref="NonceSpellings"/>).
/// </summary>
internal static partial class NonceParser
{
    public static bool TryParse(string header, out ParsedNonce nonce) => TryParse(header, NonceSpellings.Any, out nonce);

    public static bool TryParse(string header, NonceSpellings spellings, out ParsedNonce nonce)
    {
        nonce = default;
        if (!Base64Url.TryDecode(header, out var json))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            var random = FirstString(document.RootElement, spellings.Random);
            var time = FirstString(document.RootElement, spellings.Time);
            if (string.IsNullOrEmpty(random) || time is null || !TryParseIsoTime(time, out var when))
            {
                return false;
            }

            nonce = new ParsedNonce(random, when);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? FirstString(JsonElement root, string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }

        return null;
    }

    private static bool TryParseIsoTime(string text, out DateTimeOffset when)
    {
        // "ISO String format" (request-headers page): insist on the ISO date prefix so culture
        // formats such as "1/2/2024" do not slip through; a missing offset means UTC (toISOString).
        when = default;
        return IsoPrefix().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out when);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex IsoPrefix();
}
