using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Conformance.Scenarios.Fuzzing;

/// <summary>
/// One generated request before it is encoded: the body, the value of each fuzzed parameter
/// (keyed <c>in:name</c>; a key left out is a parameter not sent) and, when the request tests
/// authentication, the one security scheme left out or forged. The resource's fixture id is never
/// part of it: the fixture comes from the profile.
/// </summary>
/// <param name="AuthBreak"><c>omit:SCHEME</c> or <c>forge:SCHEME</c>; null for valid credentials.</param>
internal sealed record FuzzInput(JsonNode? Body, ImmutableSortedDictionary<string, JsonNode?> Parameters, string? AuthBreak)
{
    /// <summary>The request in one line (for the stimulus text and for telling two inputs apart).</summary>
    public string Describe()
    {
        var parts = Parameters.Select(p => $"{p.Key}={p.Value?.ToJsonString() ?? "null"}").ToList();
        if (Body is not null) parts.Add($"body={Body.ToJsonString()}");
        if (AuthBreak is not null) parts.Add($"auth={AuthBreak}");
        return parts.Count == 0 ? "(no generated part)" : string.Join(" ", parts);
    }
}
