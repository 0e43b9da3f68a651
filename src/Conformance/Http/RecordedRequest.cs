namespace Conformance.Http;

/// <summary>A request as recorded: secrets already redacted.</summary>
public sealed record RecordedRequest(
    string Method,
    string Url,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? Body);
