using Conformance.Http;

namespace Conformance.Checks;

/// <summary>
/// Answers that say nothing about the requirement under test: the target throttled the request
/// (429, or 503 with <c>Retry-After</c>, RFC 9110 §10.2.3) or no answer came at all. Checks
/// treat them as INCONCLUSIVE evidence, never as the target's failure.
/// </summary>
internal static class Throttling
{
    public static bool IsThrottled(Exchange exchange) =>
        exchange.Response is { } r && (r.Status == 429 || (r.Status == 503 && r.Headers.Any(h => h.Key.Equals("Retry-After", StringComparison.OrdinalIgnoreCase))));

    /// <summary>Why this exchange cannot decide anything, or null when it can.</summary>
    public static string? Undecidable(Exchange exchange) =>
        exchange.Response is null ? $"no answer to {exchange.Request.Method} {Path(exchange)} ({exchange.TransportError ?? "no response"})"
        : IsThrottled(exchange) ? $"the target throttled {exchange.Request.Method} {Path(exchange)} ({exchange.Response.Status})"
        : null;

    private static string Path(Exchange exchange) =>
        Uri.TryCreate(exchange.Request.Url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : exchange.Request.Url;
}
