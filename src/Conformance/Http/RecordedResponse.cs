using System.Globalization;

namespace Conformance.Http;

/// <summary>
/// A response as recorded: secrets already redacted, body cut at the configured cap
/// (<see cref="Truncated"/> says so, <see cref="Truncation"/> says how much).
/// </summary>
public sealed record RecordedResponse(
    int Status,
    string? ContentType,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string Body,
    bool Truncated)
{
    /// <summary>The size cap the body was read up to (set when <see cref="Truncated"/>).</summary>
    public long? CapBytes { get; init; }

    /// <summary>The body's size as its <c>Content-Length</c> announced it, when it did.</summary>
    public long? DeclaredLength { get; init; }

    /// <summary>
    /// The body's bytes were not UTF-8 although no other charset was named (shown here with
    /// replacement characters). JSON exchanged between systems must be UTF-8 (RFC 8259 §8.1),
    /// so such a body is not read as JSON.
    /// </summary>
    public bool NotUtf8 { get; init; }

    /// <summary>
    /// "body truncated at 1 MiB of 50 MiB" (or "of more than 1 MiB" without a Content-Length);
    /// null when the body was read whole.
    /// </summary>
    public string? Truncation => !Truncated ? null
        : DeclaredLength is { } total ? $"body truncated at {Size(CapBytes)} of {Size(total)}"
        : $"body truncated at {Size(CapBytes)} of more than that (no Content-Length)";

    /// <summary>
    /// The body as it came, before redaction, held in memory only when redaction changed it:
    /// checks validate a body against its schema before redaction (a masked password breaks a
    /// <c>minLength</c> or a <c>pattern</c>). Never rendered: reports show <see cref="Body"/>.
    /// </summary>
    internal string? UnredactedBody { get; init; }

    /// <summary>The body a schema validator must see: as received.</summary>
    internal string BodyForValidation => UnredactedBody ?? Body;

    internal static string Size(long? bytes) => bytes switch
    {
        null => "the size cap",
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MiB",
        >= 1024 * 1024 => ((double)bytes / (1024 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB",
        >= 1024 when bytes % 1024 == 0 => $"{bytes / 1024} KiB",
        _ => $"{bytes} bytes",
    };
}
