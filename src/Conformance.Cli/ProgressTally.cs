using Conformance.Checks;
using Conformance.Execution;

namespace Conformance.Cli;

/// <summary>
/// A run's progress so far: scenarios done of the total, failures so far, and the time left at the
/// pace so far. The fuzzing phase (<c>--fuzz N</c>) reports its results after the scenarios, as many
/// as its operations and properties give: they are counted apart, never as scenarios beyond the
/// total. Safe to record from parallel scenarios.
/// </summary>
internal sealed class ProgressTally(int total, TimeProvider time)
{
    private readonly long started = time.GetTimestamp();
    private readonly Lock gate = new();
    private int done;
    private int failed;
    private int warned;
    private int inconclusive;
    private int fuzzed;

    public int Total => total;

    public int Done
    {
        get
        {
            lock (gate) return done;
        }
    }

    public int Failed
    {
        get
        {
            lock (gate) return failed;
        }
    }

    public TimeSpan Elapsed => time.GetElapsedTime(started);

    /// <summary>The fuzzing phase's results so far.</summary>
    public int Fuzzed
    {
        get
        {
            lock (gate) return fuzzed;
        }
    }

    /// <summary>Counts a finished scenario (or a fuzzing result); returns how many scenarios are done now.</summary>
    public int Record(ScenarioResult result)
    {
        lock (gate)
        {
            if (result.Verdict == Verdict.Fail) failed++;
            if (result.Verdict == Verdict.Warn) warned++;
            if (result.Verdict == Verdict.Inconclusive) inconclusive++;
            if (IsFuzzing(result))
            {
                fuzzed++;
                return done;
            }

            return ++done;
        }
    }

    /// <summary>Whether a result is the fuzzing phase's (one per operation and property), not a scenario's.</summary>
    public static bool IsFuzzing(ScenarioResult result) => result.Scenario.Class == Scenarios.Fuzzing.FuzzProperties.Class;

    /// <summary>The time left at the pace so far; null before the first scenario finished.</summary>
    public TimeSpan? Remaining
    {
        get
        {
            lock (gate)
            {
                if (done == 0) return null;
                return done >= total ? TimeSpan.Zero : Elapsed / done * (total - done);
            }
        }
    }

    /// <summary><c>123/545 scenarios, 2 failed, 1 warned</c> (warned, inconclusive and fuzzing results only when there are any).</summary>
    public string Counts()
    {
        lock (gate)
        {
            return $"{done}/{total} scenarios, {failed} failed"
                + (warned > 0 ? $", {warned} warned" : "")
                + (inconclusive > 0 ? $", {inconclusive} inconclusive" : "")
                + (fuzzed > 0 ? $", {fuzzed} fuzzing results" : "");
        }
    }

    /// <summary>The plain line of a log: <c>progress: 55/545 scenarios (10 %), 0 failed, 0:03 elapsed, ETA 0:29</c>.</summary>
    public string PlainLine()
    {
        var percent = total == 0 ? 100 : Done * 100 / total;
        return $"progress: {Counts().Replace(" scenarios", $" scenarios ({percent} %)", StringComparison.Ordinal)}, {Clock(Elapsed)} elapsed, ETA {Eta()}";
    }

    public string Eta() => Remaining is { } left ? Clock(left) : "…";

    /// <summary><c>0:42</c>, <c>12:05</c>, <c>1:02:03</c>.</summary>
    public static string Clock(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}" : $"{(int)span.TotalMinutes}:{span.Seconds:00}";
}
