using Conformance.Execution;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Conformance.Cli;

/// <summary>
/// Progress on a terminal: one live line (spinner, done/total and failures so far, a bar, the
/// percentage, the time left) that lines printed meanwhile scroll above; a spinner while slow work runs.
/// </summary>
internal sealed class LiveProgress(IAnsiConsole console, TimeProvider time) : RunProgress
{
    public override async Task<T> TrackAsync<T>(int total, Action<ScenarioResult> finished, Func<Action<ScenarioResult>, Task<T>> run)
    {
        var tally = new ProgressTally(total, time);
        var progress = new Progress(console, time) { AutoClear = false, HideCompleted = false }
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new EtaColumn(tally));
        return await progress.StartAsync(async context =>
        {
            var task = context.AddTask(Markup.Escape(tally.Counts()), maxValue: Math.Max(1, total));
            var value = await run(result =>
            {
                finished(result);
                tally.Record(result);
                task.Description = Markup.Escape(tally.Counts());
                if (!ProgressTally.IsFuzzing(result)) task.Increment(1);
            });

            // A run stopped early (a signal, --max-duration) leaves its line as it ended, not with a time left.
            if (tally.Done < total) task.Description = Markup.Escape($"{tally.Counts()}, stopped");
            task.StopTask();
            return value;
        });
    }

    public override T While<T>(string doing, Func<T> work) => console.Status().Start(doing, _ => work());

    /// <summary><c>ETA 0:42</c> at the pace so far.</summary>
    private sealed class EtaColumn(ProgressTally tally) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.IsFinished ? $"in {ProgressTally.Clock(tally.Elapsed)}" : $"ETA {tally.Eta()}");
    }
}
