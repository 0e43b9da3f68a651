using System.Collections.Concurrent;
using System.Reflection;
using Conformance.Configuration;
using Conformance.Http;
using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>
/// The engine's one entry: loads the specs and the profile (or starts the embedded target),
/// generates and filters the scenarios, recovers what an earlier run left changed, reports drift
/// between the profile and the target, runs the scenarios, and hands back the result model.
/// Knows nothing of NUnit or of the console; both entry points are thin adapters over this.
/// </summary>
public sealed class ConformanceRun : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ScenarioResult> results = new();
    private readonly List<ScenarioResult> fuzzed = [];
    private readonly RunEngine engine;
    private readonly IAsyncDisposable? embedded;
    private readonly List<IDisposable> owned;
    private readonly TimeProvider time;
    private readonly DateTimeOffset started;
    private readonly FixtureJournal journal;
    private readonly Lazy<IReadOnlyList<ConstraintCoverage>> coverage;

    private ConformanceRun(ConformanceSettings settings, Uri target, IReadOnlyList<ApiDocument> documents, IReadOnlyList<Scenario> scenarios,
        RunEngine engine, SecretRegistry secrets, IAsyncDisposable? embedded, List<IDisposable> owned, TimeProvider time,
        RunControl control, FixtureJournal journal)
    {
        Settings = settings;
        Target = target;
        Documents = documents;
        Scenarios = scenarios;
        Secrets = secrets;
        Control = control;
        this.engine = engine;
        this.embedded = embedded;
        this.owned = owned;
        this.time = time;
        this.journal = journal;
        started = time.GetUtcNow();
        coverage = new Lazy<IReadOnlyList<ConstraintCoverage>>(() => documents.Select(d => ConstraintCoverage.For(d)).ToList());
    }

    public ConformanceSettings Settings { get; }

    public Uri Target { get; }

    public IReadOnlyList<ApiDocument> Documents { get; }

    /// <summary>The scenarios this run will execute, after the filter.</summary>
    public IReadOnlyList<Scenario> Scenarios { get; }

    /// <summary>Every secret value known to the run (profile and issued tokens), for the report guard.</summary>
    public SecretRegistry Secrets { get; }

    /// <summary>Stops the run (signals, budget, unresponsive target) and, as a last resort, abandons restoration.</summary>
    public RunControl Control { get; }

    /// <summary>Operations left out of the specs (<c>--skip-broken-operations</c>), one located problem each.</summary>
    public IReadOnlyList<SpecProblem> LeftOut { get; private init; } = [];

    /// <summary>Fixtures an earlier run against this target left changed, and how putting each back ended.</summary>
    public IReadOnlyList<string> Recovered { get; private init; } = [];

    /// <summary>Fixtures found in another state than the profile declares, before anything was changed.</summary>
    public IReadOnlyList<FixtureDrift> Drift { get; private init; } = [];

    /// <summary>The fixture journal's file (null for the embedded target, whose journal is in memory).</summary>
    public string? JournalPath => journal.Path;

    /// <summary>Fixtures changed and not confirmed back, as the journal has them now.</summary>
    public IReadOnlyList<JournalEntry> Outstanding => journal.Outstanding;

    public static string SuiteVersion { get; } =
        typeof(ConformanceRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>
    /// Prepares a run. Throws <see cref="SettingsException"/>, <see cref="SpecLoadException"/> or
    /// <see cref="ProfileException"/> (one line each) for bad input, before anything is sent.
    /// Then restores what an earlier run left changed (refusing to go on, with one line, when it
    /// cannot) and reads every fixture whose state the profile declares.
    /// </summary>
    /// <param name="control">Lets the caller stop the run, even while it is being prepared; one is made when null.</param>
    public static Task<ConformanceRun> CreateAsync(ConformanceSettings settings, EmbeddedTargetStarter? starter, CancellationToken cancellationToken,
        TimeProvider? time = null, RunControl? control = null) =>
        CreateAsync(settings, starter, new LoadedSpecs(), cancellationToken, time, control);

    /// <param name="loaded">Where the specs and their scenarios come from (the multi-target run's, shared by its targets).</param>
    internal static async Task<ConformanceRun> CreateAsync(ConformanceSettings settings, EmbeddedTargetStarter? starter, LoadedSpecs loaded, CancellationToken cancellationToken,
        TimeProvider? time = null, RunControl? control = null)
    {
        time ??= TimeProvider.System;
        if (settings.Fuzz > 0 && settings.Seed is null) settings = settings with { Seed = Fuzzing.FuzzSeed.Draw() };
        var specs = settings.Specs.Count > 0 ? settings.Specs : RepositoryPaths.DefaultSpecs;
        if (specs.Count == 0) throw new SettingsException("spec is missing: give --spec PATH (or CONFORMANCE_SPEC); no repository specs were found");
        var leftOut = new List<SpecProblem>();
        var documents = specs.Select(loaded.Load).Select(d => BrokenInput.Check(d, settings.SkipBrokenOperations, leftOut)).ToList();
        var filter = ScenarioFilter.Parse(settings.Filter);
        var scenarios = documents.SelectMany(loaded.Scenarios)
            .Where(filter.Matches)
            .Where(s => settings.OnlyOperations is null || settings.OnlyOperations.Contains(s.Operation.Slug))
            .Where(s => settings.OnlyScenarios is null || settings.OnlyScenarios.Contains(s.Id))
            .ToList();
        if (scenarios.Count == 0 && settings.Filter is not null)
        {
            throw new SettingsException($"filter '{settings.Filter}' matches no scenario (list them with --dry-run)");
        }

        EmbeddedTarget? startedTarget = null;
        TargetProfile profile;
        Uri target;
        if (settings.Target is null && settings.Profile is not null)
        {
            // docs/target-profile.md: the profile's baseUrl is the target when none is given.
            var fromProfile = ProfileLoader.Load(settings.Profile).BaseUrl
                ?? throw new SettingsException($"target is missing: {settings.Profile} has no baseUrl; give --target URL (or CONFORMANCE_TARGET)");
            settings = settings with { Target = fromProfile };
        }

        if (settings.Target is null)
        {
            if (starter is null) throw new SettingsException("target is missing: give --target URL and --profile PATH (or CONFORMANCE_TARGET / CONFORMANCE_PROFILE)");
            startedTarget = await starter(settings.ReferenceFaults, cancellationToken);
            target = startedTarget.BaseUrl;
            profile = ProfileLoader.Parse(startedTarget.ProfileYaml, Directory.GetCurrentDirectory(), "(reference target profile)");
        }
        else
        {
            target = settings.Target;
            profile = ProfileLoader.Load(settings.Profile!);
        }

        var ownsControl = control is null;
        control ??= new RunControl { UnresponsiveAfter = settings.UnresponsiveAfter };
        var owned = new List<IDisposable>();
        if (ownsControl) owned.Add(control);
        FixtureJournal? journal = null;
        try
        {
            var trusted = TransportFactory.TrustedCertificates(settings);
            // A dry run only lists: it sends nothing, so the target need not answer (or exist yet).
            if (!settings.ListOnly) await Reachability.EnsureAsync(target, trusted, cancellationToken);
            var secrets = new SecretRegistry();
            foreach (var secret in profile.Secrets()) secrets.Add(secret);

            // The embedded target dies with the run: nothing of its journal could be recovered later.
            journal = startedTarget is not null || settings.ListOnly ? FixtureJournal.InMemory(target, time)
                : FixtureJournal.Open(settings.ReportsDirectory ?? RepositoryPaths.DefaultReports, target, time);
            var restSharp = TransportFactory.Create(target, settings, documents, secrets, trusted, time);
            owned.Add(restSharp);
            var transport = new WatchedTransport(restSharp, control);
            var sessions = SessionFactory.CreateAll(documents, profile, transport, secrets, time, journal);

            IReadOnlyList<StartupChecks.Recovery> recovered = settings.ListOnly ? [] : await StartupChecks.RecoverAsync(journal, sessions, control);
            var failed = recovered.Where(r => r.Outcome != RestoreOutcome.Restored).ToList();
            if (failed.Count > 0) throw new SettingsException(StartupChecks.Refusal(journal, failed));
            cancellationToken.ThrowIfCancellationRequested();

            using var startup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, control.Stopping);
            IReadOnlyList<FixtureDrift> drift = settings.ListOnly ? [] : await StartupChecks.DriftAsync(sessions, settings.Parallelism, startup.Token);
            var engine = new RunEngine(sessions, settings.Parallelism, control);
            control.StartBudget(settings.MaxDuration, time);
            return new ConformanceRun(settings, target, documents, scenarios, engine, secrets, startedTarget?.Handle, owned, time, control, journal)
            {
                LeftOut = leftOut,
                Recovered = recovered.Select(r => r.ToString()).ToList(),
                Drift = drift,
            };
        }
        catch (OperationCanceledException) when (control.StopReason is { } reason && !cancellationToken.IsCancellationRequested)
        {
            // The target stopped answering (or the budget ran out) before the first scenario: one line, exit 2.
            journal?.Dispose();
            owned.ForEach(o => o.Dispose());
            if (startedTarget is not null) await startedTarget.Handle.DisposeAsync();
            throw new SettingsException($"the run stopped before its first scenario: {reason}");
        }
        catch
        {
            journal?.Dispose();
            owned.ForEach(o => o.Dispose());
            if (startedTarget is not null) await startedTarget.Handle.DisposeAsync();
            throw;
        }
    }

    /// <summary>How many fixtures of a kind the profile gives a vendor (what bounds parallel scenarios on it).</summary>
    internal int FixtureCapacity(string vendor, string kind) => engine.Capacity(vendor, kind);

    /// <summary>Runs one scenario (the NUnit adapter's way in) and keeps its result for the reports.</summary>
    public async Task<ScenarioResult> RunAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        var result = await engine.RunAsync(scenario, cancellationToken);
        results[scenario.Id] = result;
        return result;
    }

    /// <summary>
    /// Runs every scenario of the run, in parallel, reporting each as it finishes. Cancelling
    /// <paramref name="cancellationToken"/> stops the run like <see cref="Control"/> does.
    /// </summary>
    public async Task<RunResult> RunAllAsync(Action<ScenarioResult>? progress, CancellationToken cancellationToken)
    {
        using var stop = cancellationToken.Register(() => Control.Stop("cancelled"));
        foreach (var result in await engine.RunAllAsync(Scenarios, progress, Control.Stopping)) results[result.Scenario.Id] = result;
        if (Settings.Fuzz > 0 && !Control.Stopping.IsCancellationRequested)
        {
            // After the scenarios: the generated requests never share a fixture with a scenario.
            var phase = new Fuzzing.FuzzPhase(engine.Sessions, engine.RunAsync, new Fuzzing.FuzzSettings(Settings.Fuzz, Settings.Seed ?? 0), Settings.Parallelism);
            var found = await phase.RunAsync(Scenarios, progress, Control.Stopping);
            lock (fuzzed) fuzzed.AddRange(found);
        }

        return Result();
    }

    /// <summary>The result model of what has run so far, in scenario order.</summary>
    public RunResult Result()
    {
        var ordered = Scenarios.Select(s => results.GetValueOrDefault(s.Id)).OfType<ScenarioResult>().ToList();
        lock (fuzzed) ordered.AddRange(fuzzed);
        var info = new RunInfo(Target.ToString(), Documents.Select(d => new SpecInfo(d.SourcePath, d.Title, d.Version, d.Vendor) { Contract = d.Contract }).ToList(),
            SuiteVersion, started, time.GetUtcNow(), Settings.Parallelism, Settings.Filter)
        {
            Fuzz = Settings.Fuzz > 0 ? new FuzzInfo(Settings.Fuzz, Settings.Seed ?? 0) : null,
        };

        // A fixture the journal still holds and no scenario reported (restoration abandoned) is left changed too.
        var unrestored = engine.Unrestored.ToList();
        foreach (var entry in journal.Outstanding.Where(e => !unrestored.Any(u => u.Vendor == e.Vendor && u.Kind == e.Kind && u.Id == e.Id)))
        {
            unrestored.Add(new FixtureRestoreFailure(entry.Vendor, entry.Kind, entry.Id, entry.Original ?? "(unknown)", null,
                $"left changed: its restoration did not finish (changed by {entry.Owner})"));
        }

        return new RunResult(info, ordered, unrestored)
        {
            Coverage = coverage.Value,
            Incomplete = Control.StopReason,
            NotRun = Scenarios.Count - (ordered.Count - fuzzed.Count),
            Drift = Drift,
        };
    }

    public async ValueTask DisposeAsync()
    {
        journal.Dispose();
        owned.ForEach(o => o.Dispose());
        if (embedded is not null) await embedded.DisposeAsync();
    }
}
