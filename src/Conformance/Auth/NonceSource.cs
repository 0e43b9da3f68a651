using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Spec.Vocabulary;

namespace Conformance.Auth;

/// <summary>
/// Nonce header values as the spec's <c>x-nonce</c> says: base64url of a JSON object with a random
/// value and the request time, each under the <c>send</c> field name first (D4: <c>uuid</c> and
/// <c>date</c>, as the Dfns SDK's <c>generateNonce</c>) and then under every other spelling the
/// spec lists in <c>accept</c>, with the same value. The documents spell the fields three ways
/// (uuid+date, uuid+datetime, nonce+datetime); a server faithful to any one of them finds its
/// fields, so the suite's own nonces are never refused for a spelling (D4-alt). Time comes from
/// the injected clock.
/// </summary>
internal sealed class NonceSource(TimeProvider time) : INonceSource
{
    public string Fresh(NonceRules rules) => Encode(rules, time.GetUtcNow());

    /// <summary>
    /// The header value for a nonce dated <paramref name="at"/>; without any random field, or
    /// without any time field, when asked (the malformed stimuli: missing under every spelling).
    /// </summary>
    internal static string Encode(NonceRules rules, DateTimeOffset at, bool withRandom = true, bool withTime = true)
    {
        var json = new JsonObject();
        var random = Guid.NewGuid().ToString();
        var time = IsoTime(at);
        if (withRandom)
        {
            foreach (var field in Spellings(rules.SendRandomField, rules.AcceptRandomFields)) json[field] = random;
        }

        if (withTime)
        {
            foreach (var field in Spellings(rules.SendTimeField, rules.AcceptTimeFields)) json[field] = time;
        }

        // RFC 4648 §5 without padding, as the SDK's toBase64Url; D4 makes padding optional for servers.
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    /// <summary>The send spelling first, then every other accepted one.</summary>
    internal static IEnumerable<string> Spellings(string send, IReadOnlyList<string> accepted) =>
        new[] { send }.Concat(accepted).Distinct(StringComparer.Ordinal);

    /// <summary>JavaScript's <c>Date.prototype.toISOString()</c> shape: UTC, milliseconds, <c>Z</c>.</summary>
    internal static string IsoTime(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
