using Conformance.Execution;

namespace Conformance.Cli;

/// <summary>Progress in a log: a plain line at every tenth of the run (and at its end), nothing that redraws.</summary>
internal sealed class PlainProgress(TextWriter output, TimeProvider time) : RunProgress
{
    public override Task<T> TrackAsync<T>(int total, Action<ScenarioResult> finished, Func<Action<ScenarioResult>, Task<T>> run)
    {
        var tally = new ProgressTally(total, time);
        var step = Math.Max(1, (total + 9) / 10);
        var gate = new Lock();
        var printed = -1;
        return run(result =>
        {
            finished(result);
            var fuzzing = ProgressTally.IsFuzzing(result);
            var done = tally.Record(result);
            lock (gate)
            {
                // A line at every tenth of the scenarios, once each; then one at every tenth fuzzing
                // result (that phase runs after the scenarios, possibly for minutes).
                if (fuzzing ? tally.Fuzzed % 10 != 0 : done == printed || (done % step != 0 && done != total)) return;
                printed = done;
                output.WriteLine(tally.PlainLine());
            }
        });
    }

    public override T While<T>(string doing, Func<T> work)
    {
        output.WriteLine(doing);
        return work();
    }
}
