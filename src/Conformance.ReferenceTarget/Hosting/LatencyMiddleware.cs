namespace Conformance.ReferenceTarget.Hosting;

/// <summary>--latency: a fixed delay before every response, to make benchmarks resemble a remote target.</summary>
internal static class LatencyMiddleware
{
    public static void UseLatency(this IApplicationBuilder app, TimeSpan latency, TimeProvider time)
    {
        if (latency <= TimeSpan.Zero)
        {
            return;
        }

        app.Use(async (context, next) =>
        {
            await Task.Delay(latency, time, context.RequestAborted);
            await next(context);
        });
    }
}
