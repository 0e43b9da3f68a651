namespace Conformance.Execution;

/// <summary>
/// How a run is stopped before its end, and why: a signal, the run budget, a target that stopped
/// answering. Stopping starts no new scenario and cancels the stimuli in flight; restoration goes
/// on (it has its own token) until it is abandoned — the last resort, which leaves fixtures
/// changed and lists them.
/// </summary>
public sealed class RunControl : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly CancellationTokenSource abandon = new();
    private readonly Lock gate = new();
    private ITimer? budget;
    private int consecutiveFailures;

    /// <summary>After how many consecutive requests without an answer the target counts as unresponsive.</summary>
    public int UnresponsiveAfter { get; init; } = 10;

    /// <summary>Cancelled when the run must stop starting and sending scenarios.</summary>
    public CancellationToken Stopping => stop.Token;

    /// <summary>Cancelled when restoration must be given up.</summary>
    public CancellationToken Abandoning => abandon.Token;

    /// <summary>Why the run stopped before its end; null while it may finish.</summary>
    public string? StopReason { get; private set; }

    public bool Abandoned => abandon.IsCancellationRequested;

    /// <summary>Whether the run stopped because the target stopped answering (not a signal or the budget).</summary>
    public bool TargetUnresponsive { get; private set; }

    /// <summary>Stops the run (the first reason given is kept).</summary>
    public void Stop(string reason)
    {
        lock (gate) StopReason ??= reason;
        Cancel(stop);
    }

    /// <summary>Gives up restoring: requests in flight are cancelled and fixtures are left as they are.</summary>
    public void Abandon()
    {
        Stop("restoration abandoned");
        Cancel(abandon);
    }

    /// <summary>Stops the run once <paramref name="maxDuration"/> has passed on <paramref name="time"/>.</summary>
    public void StartBudget(TimeSpan maxDuration, TimeProvider time)
    {
        var text = maxDuration.TotalMinutes >= 1 && maxDuration.Seconds == 0 ? $"{maxDuration.TotalMinutes:0} min" : $"{maxDuration.TotalSeconds:0} s";
        lock (gate) budget ??= time.CreateTimer(_ => Stop($"the run budget of {text} (--max-duration) was used up"), null, maxDuration, Timeout.InfiniteTimeSpan);
    }

    /// <summary>A request got no answer (timeout, refused or reset connection).</summary>
    internal void NoAnswer(string error)
    {
        if (Interlocked.Increment(ref consecutiveFailures) >= UnresponsiveAfter)
        {
            TargetUnresponsive = true;
            Stop($"target unresponsive: {UnresponsiveAfter} requests in a row got no answer (last: {error})");
        }
    }

    /// <summary>A request got an answer, whatever it was.</summary>
    internal void Answered() => Interlocked.Exchange(ref consecutiveFailures, 0);

    public void Dispose()
    {
        budget?.Dispose();
        stop.Dispose();
        abandon.Dispose();
    }

    private static void Cancel(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run is over; nothing is left to stop.
        }
    }
}
