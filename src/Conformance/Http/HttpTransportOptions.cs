namespace Conformance.Http;

/// <summary>Limits the transport applies to every exchange.</summary>
public sealed record HttpTransportOptions
{
    public static HttpTransportOptions Default { get; } = new();

    /// <summary>Time from sending the request to having read the (capped) response body.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Response bodies are read up to this many bytes; the rest is discarded and the recorded
    /// response says <see cref="RecordedResponse.Truncated"/>. Keeps a misbehaving target from
    /// filling memory and reports.
    /// </summary>
    public int MaxResponseBodyBytes { get; init; } = 1024 * 1024;

    public string UserAgent { get; init; } = "Conformance/1.0";
}
