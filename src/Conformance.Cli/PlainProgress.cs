using Conformance.Execution;

namespace Conformance.Cli;

/// <summary>Progress in a log: a plain line at every tenth of the run (and at its end), nothing that redraws.</summary>
internal sealed class PlainProgress(TextWriter output, TimeProvider time) : RunProgress
{
    public override Task<T> TrackAsync<T>(int total, Action<ScenarioResult> finished, Func<Action<ScenarioResult>, Task<T>> run)
    {
        var tally = new ProgressTally(total, time);
        var step = Math.Max(1, (total + 9) / 10);
        return run(result =>
        {
            finished(result);
            var done = tally.Record(result);
            if (done % step == 0 || done == total) output.WriteLine(tally.PlainLine());
        });
    }

    public override T While<T>(string doing, Func<T> work)
    {
        output.WriteLine(doing);
        return work();
    }
}
