using Conformance.Execution;
using Conformance.Reporting;

namespace Conformance.Cli;

/// <summary>
/// How a run shows its progress: a live line on a terminal (<see cref="LiveProgress"/>), a plain
/// line at every tenth in a log (<see cref="PlainProgress"/>), nothing when quiet.
/// </summary>
internal abstract class RunProgress
{
    public static RunProgress For(ConsoleOutput output, ConsoleDetail detail, TimeProvider time) =>
        detail == ConsoleDetail.Quiet ? new SilentProgress()
        : output.Ansi is { } ansi ? new LiveProgress(ansi, time)
        : new PlainProgress(output.Out, time);

    /// <summary>Runs <paramref name="run"/>, handing it the callback each finished scenario goes through (after <paramref name="finished"/>).</summary>
    public abstract Task<T> TrackAsync<T>(int total, Action<ScenarioResult> finished, Func<Action<ScenarioResult>, Task<T>> run);

    /// <summary>Runs slow work (the HTML report) while saying what it is.</summary>
    public abstract T While<T>(string doing, Func<T> work);

    private sealed class SilentProgress : RunProgress
    {
        public override Task<T> TrackAsync<T>(int total, Action<ScenarioResult> finished, Func<Action<ScenarioResult>, Task<T>> run) => run(finished);

        public override T While<T>(string doing, Func<T> work) => work();
    }
}
