using System.Text.Json.Nodes;

namespace Conformance.Scenarios;

/// <summary>
/// A request to build at run time: path parameters and body, where the markers stand for
/// values only the run knows (the leased fixture's id, the identity's OAuth client).
/// </summary>
/// <param name="Method">The method to send (differs from the operation's for undocumented-method scenarios).</param>
/// <param name="PathParameters">Values by parameter name.</param>
/// <param name="Body">JSON body; null with <see cref="RawBody"/> null means no body.</param>
/// <param name="RawBody">Exact body text (malformed JSON, form bodies).</param>
public sealed record RequestTemplate(
    string Method,
    IReadOnlyDictionary<string, string> PathParameters,
    JsonNode? Body,
    string? RawBody,
    string? ContentType)
{
    public const string FixtureMarker = "{{fixture}}";
    public const string ClientIdMarker = "{{client_id}}";
    public const string ClientSecretMarker = "{{client_secret}}";

    /// <summary>Query parameters in order, already serialized (a name may repeat: an exploded array).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; init; } = [];

    /// <summary>Header parameters the operation documents (not the security headers: Auth adds those).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Cookie parameters, sent in one <c>Cookie</c> header.</summary>
    public IReadOnlyDictionary<string, string> Cookies { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Why this request is not what it claims (a generated "valid" request that does not validate
    /// against its own schemas: a bug of the suite, never sent as valid); null when it is.
    /// </summary>
    public string? GenerationProblem { get; init; }

    public string BodyText(string? fixtureId) =>
        (RawBody ?? Body?.ToJsonString() ?? "").Replace(FixtureMarker, fixtureId ?? "", StringComparison.Ordinal);

    public bool HasBody => RawBody is not null || Body is not null;

    public bool UsesFixture =>
        PathParameters.Values.Any(v => v == FixtureMarker) || BodyText(FixtureMarker).Contains(FixtureMarker, StringComparison.Ordinal);
}
