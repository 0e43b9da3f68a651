using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Spec.Vocabulary;

namespace Conformance.Auth;

/// <summary>
/// Nonce header values as the spec's <c>x-nonce</c> says: base64url of a JSON object with a random
/// value and the request time under the <c>send</c> field names (D4: <c>uuid</c> and <c>date</c>,
/// as the Dfns SDK's <c>generateNonce</c>). Time comes from the injected clock.
/// </summary>
internal sealed class NonceSource(TimeProvider time) : INonceSource
{
    public string Fresh(NonceRules rules) => Encode(rules, time.GetUtcNow());

    /// <summary>The header value for a nonce dated <paramref name="at"/>; without the random field when asked (a malformed stimulus).</summary>
    internal static string Encode(NonceRules rules, DateTimeOffset at, bool withRandom = true)
    {
        var json = new JsonObject();
        if (withRandom) json[rules.SendRandomField] = Guid.NewGuid().ToString();
        json[rules.SendTimeField] = IsoTime(at);

        // RFC 4648 §5 without padding, as the SDK's toBase64Url; D4 makes padding optional for servers.
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    /// <summary>JavaScript's <c>Date.prototype.toISOString()</c> shape: UTC, milliseconds, <c>Z</c>.</summary>
    internal static string IsoTime(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
