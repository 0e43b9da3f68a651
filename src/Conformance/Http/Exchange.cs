using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Http;

/// <summary>
/// One request and its response, recorded once, redacted at that point. Everything downstream
/// (checks, reports) sees only this.
/// </summary>
/// <param name="Label">What the exchange was for: <c>stimulus</c>, <c>probe-before</c>, <c>setup</c>…</param>
/// <param name="TransportError">Set when no response came (timeout, refused connection).</param>
public sealed record Exchange(
    string Label,
    RecordedRequest Request,
    RecordedResponse? Response,
    string? TransportError,
    DateTimeOffset StartedAt,
    TimeSpan Duration)
{
    private readonly Lazy<JsonNode?> json = new(() => TryParse(Response?.Body));

    /// <summary>The kind of <see cref="TransportError"/> (<see cref="TransportFailure.None"/> when a response came).</summary>
    public TransportFailure Failure { get; init; } = TransportError is null ? TransportFailure.None : TransportFailure.Other;

    /// <summary>The response body as JSON, or null when it is not JSON.</summary>
    public JsonNode? Json => json.Value;

    public int? Status => Response?.Status;

    private static JsonNode? TryParse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
