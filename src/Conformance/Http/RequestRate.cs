using System.Threading.RateLimiting;

namespace Conformance.Http;

/// <summary>
/// The <c>--max-rps</c> cap: a token bucket holding one second's worth of requests, refilled
/// continuously, so a staging gateway sees at most that rate (bursts of one second's worth).
/// Callers queue in order; cancelling the run cancels the wait.
/// </summary>
internal sealed class RequestRate : IDisposable
{
    private readonly TokenBucketRateLimiter limiter;

    public RequestRate(double perSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(perSecond, 0);

        // Refill often enough that a low rate (0.5/s) still gets one whole token per period.
        var tokens = Math.Max(1, (int)Math.Floor(perSecond));
        limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = TimeSpan.FromSeconds(tokens / perSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired) throw new InvalidOperationException("the request-rate limiter refused a request");
    }

    public void Dispose() => limiter.Dispose();
}
