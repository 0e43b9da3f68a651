namespace Conformance.Http;

/// <summary>
/// A response as recorded: secrets already redacted, body cut at the configured cap
/// (<see cref="Truncated"/> says so).
/// </summary>
public sealed record RecordedResponse(
    int Status,
    string? ContentType,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string Body,
    bool Truncated);
