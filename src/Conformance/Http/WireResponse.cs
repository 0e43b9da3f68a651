namespace Conformance.Http;

/// <summary>The response as read off the wire, before redaction.</summary>
internal sealed record WireResponse(int Status, string? ContentType, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body, bool Truncated, long? DeclaredLength);
