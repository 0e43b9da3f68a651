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
    private readonly Lazy<JsonNode?> json = new(() => Response is { NotUtf8: false } r ? TryParse(r.Body) : null);

    /// <summary>The kind of <see cref="TransportError"/> (<see cref="TransportFailure.None"/> when a response came).</summary>
    public TransportFailure Failure { get; init; } = TransportError is null ? TransportFailure.None : TransportFailure.Other;

    /// <summary>The response body as JSON, or null when it is not JSON (or not UTF-8, RFC 8259 §8.1).</summary>
    public JsonNode? Json => json.Value;

    /// <summary>Why <see cref="Json"/> is null for a body that came: not UTF-8, or not JSON.</summary>
    public string? JsonProblem => Response is null || Json is not null ? null
        : Response.NotUtf8 ? "the body is not valid UTF-8 (RFC 8259 §8.1: JSON is exchanged as UTF-8)"
        : "the body is not JSON";

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
