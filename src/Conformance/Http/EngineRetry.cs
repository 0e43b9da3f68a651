using System.Globalization;
using Polly;
using Polly.Retry;

namespace Conformance.Http;

/// <summary>
/// The retry policy of the engine's own requests (probes, prepares, restores, token fetches),
/// a Polly 8 pipeline: an answer 429 or 503 (RFC 9110 §15.5.30 / RFC 6585 §4, §15.6.4) or a
/// connection refused, reset or closed mid-answer is tried again, after the answer's
/// <c>Retry-After</c> (RFC 9110 §10.2.3) when it gives one, else after an exponential backoff
/// with jitter. Bounded: at most <see cref="MaxRetries"/> retries, no wait above
/// <see cref="MaxDelay"/>; an answer asking for longer is not retried. A timeout is retried only
/// for a restoration (<c>restoring</c>, up to <see cref="MaxRestoreRetries"/>), and so is an
/// unreadable answer (<see cref="IsUnusable"/>): a stalled target
/// would mostly stall again, but a fixture left changed costs more than a few more timeouts (a
/// Dfns restoration is three requests, init, sign and the change, each of which may stall). A scenario's stimulus never goes
/// through this: a throttled stimulus is evidence (INCONCLUSIVE), not something to hide.
/// </summary>
internal static class EngineRetry
{
    public const int MaxRetries = 3;

    public const int MaxRestoreRetries = 6;

    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    /// <summary>A pipeline retrying an operation whose outcome's <paramref name="decisive"/> exchange is transient.</summary>
    public static ResiliencePipeline<T> Create<T>(Func<T, Exchange?> decisive, TimeProvider time, bool restoring = false) =>
        new ResiliencePipelineBuilder<T> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<T>
            {
                MaxRetryAttempts = restoring ? MaxRestoreRetries : MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = BaseDelay,
                MaxDelay = MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } result && decisive(result) is { } exchange
                    && (IsTransient(exchange, time) || (restoring && IsUnusable(exchange)))),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } result && decisive(result) is { } exchange ? RetryAfter(exchange, time) : null),
            })
            .Build();

    /// <summary>Whether trying again may get a different answer within the bounds.</summary>
    public static bool IsTransient(Exchange exchange, TimeProvider time)
    {
        if (exchange.Response is { } response)
        {
            if (response.Status is not (429 or 503)) return false;
            return RetryAfter(exchange, time) is not { } wait || wait <= MaxDelay;
        }

        return exchange.Failure == TransportFailure.Connection;
    }

    /// <summary>
    /// For a restoration, more is worth another try: a timeout, a gateway error (502, 504), a
    /// redirect (never followed: credentials go to the target only), or an
    /// answer that cannot be read (cut at the size cap before its JSON ended, or a JSON body that
    /// does not parse) —
    /// the restoration may not have happened, or cannot be confirmed, and trying again is safe
    /// (it brings the fixture to a state, whatever its state was).
    /// </summary>
    public static bool IsUnusable(Exchange exchange) => exchange.Response is not { } r
        ? exchange.Failure == TransportFailure.Timeout
        : r.Status is 502 or 504 or (>= 300 and < 400) || (r.Truncated && exchange.Json is null)
          || (r.Body.Length > 0 && r.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true && exchange.JsonProblem is not null);

    /// <summary>The answer's <c>Retry-After</c> as a wait (delay-seconds or an HTTP-date), or null when it gives none.</summary>
    public static TimeSpan? RetryAfter(Exchange exchange, TimeProvider time)
    {
        var value = exchange.Response?.Headers.FirstOrDefault(h => h.Key.Equals("Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.Trim();
        if (string.IsNullOrEmpty(value)) return null;
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return TimeSpan.FromSeconds(Math.Min(seconds, 86_400));
        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            var wait = at - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
