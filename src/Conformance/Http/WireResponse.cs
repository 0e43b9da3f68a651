namespace Conformance.Http;

/// <summary>The response as read off the wire, before redaction.</summary>
internal sealed record WireResponse(int Status, string? ContentType, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body, bool Truncated, long? DeclaredLength)
{
    /// <summary>The bytes were not UTF-8 (decoded with replacement characters).</summary>
    public bool NotUtf8 { get; init; }
}
