using System.Text.Json;
using Conformance.ReferenceTarget.Crypto;

namespace Conformance.ReferenceTarget.Dfns.UserAction;

/// <summary>
/// clientData is parsed, not byte-matched: the four official SDKs encode it differently (key
/// order, optional origin/crossOrigin; dfns-facts §2.2). It must say type "key.get" and carry the
/// issued challenge (DECISIONS D17).
/// </summary>
internal static class ClientDataCheck
{
    public static bool TryDecode(string clientData, string expectedChallenge, out byte[] raw)
    {
        if (!Base64Url.TryDecode(clientData, out raw))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(raw);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                && type.GetString() == "key.get"
                && root.TryGetProperty("challenge", out var challenge) && challenge.ValueKind == JsonValueKind.String
                && challenge.GetString() == expectedChallenge;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
