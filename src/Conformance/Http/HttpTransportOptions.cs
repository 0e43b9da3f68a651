using System.Security.Cryptography.X509Certificates;

namespace Conformance.Http;

/// <summary>Limits the transport applies to every exchange.</summary>
public sealed record HttpTransportOptions
{
    public static HttpTransportOptions Default { get; } = new();

    /// <summary>
    /// One deadline for the whole exchange: connecting, sending, the response headers and reading
    /// the (capped) body. A target that accepts and then stalls, or trickles its body, is cut off
    /// when it passes.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Response bodies are read up to this many bytes; the rest is not read and the recorded
    /// response says <see cref="RecordedResponse.Truncated"/> (and how big the body said it was).
    /// Keeps a misbehaving target from filling memory and reports.
    /// </summary>
    public int MaxResponseBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// How much of a truncated body is kept in the record: nothing can judge a cut body, so only
    /// an excerpt to show is worth the memory (a 50 MB answer to each of 1,000 exchanges).
    /// </summary>
    public int TruncatedBodyKeptBytes { get; init; } = 64 * 1024;

    /// <summary>
    /// At most this many requests a second to the target (a token bucket, bursts of one second's
    /// worth), so that a staging gateway's rate limit is not provoked. Null: no cap.
    /// </summary>
    public double? MaxRequestsPerSecond { get; init; }

    /// <summary>
    /// Certificates (a staging CA) trusted for the target's TLS certificate in addition to the
    /// system's trust store. The host name must still match.
    /// </summary>
    public X509Certificate2Collection? TrustedCertificates { get; init; }

    /// <summary>
    /// Finds the values of fields the spec marks sensitive in a response (a credential's
    /// password), so they are redacted there and everywhere after. Null: only secrets by name.
    /// </summary>
    public ISensitiveValueFinder? SensitiveValues { get; init; }

    public string UserAgent { get; init; } = "Conformance/1.0";
}
