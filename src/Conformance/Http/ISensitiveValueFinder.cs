using System.Text.Json.Nodes;

namespace Conformance.Http;

/// <summary>
/// Says which values of a response body are secrets the target returned (the spec marks the
/// fields: <c>format: password</c>, <c>writeOnly</c>, <c>x-sensitive</c>). Called with the body
/// as received, before the exchange is recorded, so the values are redacted from that exchange on.
/// </summary>
public interface ISensitiveValueFinder
{
    IEnumerable<string> Find(string method, string url, int status, JsonNode body);

    /// <summary>Whether answers to this request may hold marked fields (so an unreadable one must be shown masked).</summary>
    bool MayHoldSecrets(string method, string url);
}
