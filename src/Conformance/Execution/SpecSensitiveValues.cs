using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Checks;
using Conformance.Http;
using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>
/// Finds, in a response body, the values of the fields its operation's spec marks sensitive
/// (<see cref="ApiOperation.SensitiveFields"/>), at any depth, so the transport redacts them
/// from that exchange on. The operation is the documented one the request went to; a response
/// to an undocumented path has no marked fields.
/// </summary>
internal sealed class SpecSensitiveValues(IReadOnlyList<ApiDocument> documents) : ISensitiveValueFinder
{
    public bool MayHoldSecrets(string method, string url) => Names(method, url).Count > 0;

    public IEnumerable<string> Find(string method, string url, int status, JsonNode body)
    {
        var names = Names(method, url);
        if (names.Count == 0) return [];
        var values = new List<string>();
        Collect(body, names, values, 0);
        return values;
    }

    private HashSet<string> Names(string method, string url) => documents
        .Select(d => OperationMatcher.For(d).Find(method, url))
        .OfType<ApiOperation>()
        .SelectMany(o => o.SensitiveFields)
        .ToHashSet(StringComparer.Ordinal);

    private static void Collect(JsonNode? node, HashSet<string> names, List<string> values, int depth)
    {
        if (depth > 64) return;
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    // Strings only: a secret is redacted as text, and a masked number would break the JSON around it.
                    if (names.Contains(key) && value is JsonValue v && v.GetValueKind() == JsonValueKind.String) values.Add(v.GetValue<string>());
                    else Collect(value, names, values, depth + 1);
                }

                break;
            case JsonArray a:
                foreach (var item in a) Collect(item, names, values, depth + 1);
                break;
        }
    }
}
