using System.Runtime.InteropServices;
using Conformance.Execution;

namespace Conformance.Cli;

/// <summary>
/// SIGTERM and SIGINT (Ctrl+C) stop the run in order: the first starts no new scenario, cancels
/// the stimuli in flight and restores every fixture; a second one (GNU timeout, an impatient
/// Ctrl+C) does not interrupt that restoration but says what is being restored and that a third
/// signal abandons it; the third abandons it and lists every fixture left changed.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    /// <summary>How long after abandoning the process may take to write what it has before it exits anyway.</summary>
    private static readonly TimeSpan AbandonGrace = TimeSpan.FromSeconds(10);

    private readonly List<PosixSignalRegistration> registrations = [];
    private readonly TextWriter error;
    private readonly Lock gate = new();
    private RunControl? control;
    private Func<IReadOnlyList<JournalEntry>> outstanding = () => [];
    private string? first;
    private int count;

    public StopSignals(TextWriter error)
    {
        this.error = error;
        registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal));
        registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal));
    }

    /// <summary>The run's control; a signal that came before it applies at once.</summary>
    public void Bind(RunControl runControl)
    {
        lock (gate)
        {
            control = runControl;
            if (first is not null) runControl.Stop($"stopped by {first}");
            if (count >= 3) runControl.Abandon();
        }
    }

    /// <summary>Where the list of fixtures being restored comes from, once the run exists.</summary>
    public void Watch(Func<IReadOnlyList<JournalEntry>> fixtures)
    {
        lock (gate) outstanding = fixtures;
    }

    public void Dispose() => registrations.ForEach(r => r.Dispose());

    private void OnSignal(PosixSignalContext context)
    {
        // Never the runtime's default (terminate at once): the run stops in order.
        context.Cancel = true;
        var name = context.Signal.ToString();
        lock (gate)
        {
            count++;
            first ??= name;
            switch (count)
            {
                case 1:
                    error.WriteLine($"{name}: stopping — no new scenario; restoring every fixture the run changed, then writing the report (a second signal says what is being restored)");
                    control?.Stop($"stopped by {name}");
                    break;
                case 2:
                    var restoring = outstanding();
                    error.WriteLine(restoring.Count == 0
                        ? $"{name}: still stopping; no fixture is waiting to be restored. A third signal abandons restoration."
                        : $"{name}: still restoring {restoring.Count} fixtures ({string.Join("; ", restoring)}). A third signal abandons restoration and leaves them changed.");
                    break;
                case 3:
                    var left = outstanding();
                    error.WriteLine(left.Count == 0
                        ? $"{name}: abandoning; no fixture is left changed"
                        : $"{name}: abandoning restoration; {left.Count} fixtures are left changed: {string.Join("; ", left)}");
                    control?.Abandon();
                    _ = ExitAfterGraceAsync(left);
                    break;
            }
        }
    }

    /// <summary>Abandoning must end the process even if something still waits on the target.</summary>
    private async Task ExitAfterGraceAsync(IReadOnlyList<JournalEntry> left)
    {
        await Task.Delay(AbandonGrace);
        error.WriteLine($"error: exiting without a report; fixtures left changed: {(left.Count == 0 ? "none" : string.Join("; ", left))}");
        Environment.Exit(2);
    }
}
