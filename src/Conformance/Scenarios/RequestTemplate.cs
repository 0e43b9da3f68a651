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

    public string BodyText(string? fixtureId) =>
        (RawBody ?? Body?.ToJsonString() ?? "").Replace(FixtureMarker, fixtureId ?? "", StringComparison.Ordinal);

    public bool HasBody => RawBody is not null || Body is not null;

    public bool UsesFixture =>
        PathParameters.Values.Any(v => v == FixtureMarker) || BodyText(FixtureMarker).Contains(FixtureMarker, StringComparison.Ordinal);
}
