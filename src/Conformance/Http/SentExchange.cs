using System.Text.Json.Nodes;

namespace Conformance.Http;

/// <summary>
/// What the transport hands back to the caller that sent the request: the recorded (redacted)
/// exchange, plus the unredacted JSON body for the auth steps that must read a token out of it.
/// The raw body never reaches a check or a report.
/// </summary>
internal sealed record SentExchange(Exchange Recorded, JsonNode? RawJson);
