using Conformance.Configuration;
using Conformance.Http;
using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>
/// A run over one or several targets, above <see cref="ConformanceRun"/>: one run per target
/// (each with its URL, profile and contracts), one after the other, and one result whose
/// scenarios carry their target — the report's grid has a column per target (Autobahn's vendor
/// grid). Without a target, the embedded reference target is started once and each of its APIs
/// is a target running the contracts it serves (the legacy Dfns API with dfns-legacy and
/// senhasegura, the current Dfns API with dfns).
/// </summary>
public sealed class MultiTargetRun : IAsyncDisposable
{
    /// <summary>The contracts run against a target given without <c>--spec</c>: today's APIs.</summary>
    public static IReadOnlyList<string> DefaultTargetContracts => RepositoryPaths.DefaultTargetContracts;

    private readonly IReadOnlyList<TargetRun> runs;
    private readonly IAsyncDisposable? embedded;
    private readonly TimeProvider time;
    private readonly DateTimeOffset started;
    private readonly RunControl? ownedControl;

    private MultiTargetRun(ConformanceSettings settings, IReadOnlyList<TargetRun> runs, IAsyncDisposable? embedded, TimeProvider time, RunControl control, bool ownsControl)
    {
        Settings = settings;
        this.runs = runs;
        this.embedded = embedded;
        this.time = time;
        Control = control;
        ownedControl = ownsControl ? control : null;
        started = time.GetUtcNow();
    }

    /// <summary>Stops every target's run (signals, budget, an unresponsive target), and as a last resort abandons restoration.</summary>
    public RunControl Control { get; }

    /// <summary>Operations left out of the specs (<c>--skip-broken-operations</c>).</summary>
    public IReadOnlyList<SpecProblem> LeftOut => runs.SelectMany(r => r.Run.LeftOut).Distinct().ToList();

    /// <summary>Fixtures earlier runs left changed, put back before this one, per target.</summary>
    public IReadOnlyList<string> Recovered => runs.SelectMany(r => r.Run.Recovered).ToList();

    /// <summary>Fixtures found in another state than their profile declares, before anything changed.</summary>
    public IReadOnlyList<FixtureDrift> Drift => runs.SelectMany(r => r.Run.Drift).ToList();

    /// <summary>Fixtures changed and not confirmed back, on every target.</summary>
    public IReadOnlyList<JournalEntry> Outstanding => runs.SelectMany(r => r.Run.Outstanding).ToList();

    /// <summary>The fixture journals on disk (one per external target).</summary>
    public IReadOnlyList<string> JournalPaths => runs.Select(r => r.Run.JournalPath).OfType<string>().ToList();

    public ConformanceSettings Settings { get; }

    /// <summary>The targets, in run order, each with its run.</summary>
    public IReadOnlyList<TargetRun> Targets => runs;

    /// <summary>Whether the report has a column per target (more than one target).</summary>
    public bool IsMultiTarget => runs.Count > 1;

    /// <summary>Every scenario of every target (a scenario run against two targets is listed twice).</summary>
    public IReadOnlyList<Scenario> Scenarios => runs.SelectMany(r => r.Run.Scenarios).ToList();

    /// <summary>Every secret value known to any target's run, for the report guard.</summary>
    public IReadOnlyCollection<string> SecretValues => runs.SelectMany(r => r.Run.Secrets.Values).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Prepares the run of every target. Throws <see cref="SettingsException"/>,
    /// <see cref="SpecLoadException"/> or <see cref="ProfileException"/> (one line each) for bad
    /// input, before anything is sent.
    /// </summary>
    /// <param name="control">Lets the caller stop the run, also while it is prepared (shared by every target); one is made when null.</param>
    public static Task<MultiTargetRun> CreateAsync(ConformanceSettings settings, EmbeddedTargetStarter? starter, CancellationToken cancellationToken, TimeProvider? time = null,
        RunControl? control = null) =>
        CreateAsync(settings, starter, new LoadedSpecs(), cancellationToken, time, control);

    /// <param name="loaded">Where the specs come from: loaded once for this run, or shared with other runs over the same files.</param>
    internal static async Task<MultiTargetRun> CreateAsync(ConformanceSettings settings, EmbeddedTargetStarter? starter, LoadedSpecs loaded, CancellationToken cancellationToken,
        TimeProvider? time = null, RunControl? control = null)
    {
        // One seed for every target, drawn once: the same requests go to each.
        if (settings.Fuzz > 0 && settings.Seed is null) settings = settings with { Seed = Fuzzing.FuzzSeed.Draw() };
        time ??= TimeProvider.System;

        // Broken input stops the run before any request to any target.
        var planned = PlannedSpecs(settings, loaded);
        foreach (var document in planned) BrokenInput.Check(document, settings.SkipBrokenOperations, []);
        EnsureOnlyIdsExist(planned, settings, loaded);
        var ownsControl = control is null;
        control ??= new RunControl { UnresponsiveAfter = settings.UnresponsiveAfter };
        try
        {
            return await CreateCoreAsync(settings, starter, loaded, cancellationToken, time, control, ownsControl);
        }
        catch
        {
            if (ownsControl) control.Dispose();
            throw;
        }
    }

    private static async Task<MultiTargetRun> CreateCoreAsync(ConformanceSettings settings, EmbeddedTargetStarter? starter, LoadedSpecs loaded, CancellationToken cancellationToken,
        TimeProvider time, RunControl control, bool ownsControl)
    {
        var targets = settings.TargetsFile is { } file ? TargetsFile.Load(file) : settings.Targets;
        if (targets.Count > 0) return await ExplicitAsync(settings, targets, loaded, time, cancellationToken, control, ownsControl);
        if (settings.Target is not null || settings.Profile is not null)
        {
            var specs = Paths(ContractSpecs.Load(settings.Specs.Count > 0 ? settings.Specs : DefaultTargetContracts, loaded));
            var single = await ConformanceRun.CreateAsync(settings with { Specs = specs }, null, loaded, cancellationToken, time, control);
            return new MultiTargetRun(settings, [new TargetRun(new TargetInfo(single.Target.Authority, single.Target.ToString(), Infos(single)) { Rerun = RerunArguments.From(settings) }, single)], null, time, control, ownsControl);
        }

        if (starter is null) throw new SettingsException("target is missing: give --target URL and --profile PATH (or CONFORMANCE_TARGET / CONFORMANCE_PROFILE)");
        var documents = settings.Specs.Count > 0 ? ContractSpecs.Load(settings.Specs, loaded) : ContractSpecs.Repository.Select(loaded.Load).ToList();
        var start = await starter(settings.ReferenceFaults, cancellationToken);
        try
        {
            var apis = start.Apis.Count > 0 ? start.Apis : [new EmbeddedApi("reference", start.BaseUrl, start.ProfileYaml, [])];
            var plans = apis
                .Select((api, i) => (Api: api, Specs: documents.Where(d => ServedBy(d, api, i == 0, apis)).ToList()))
                .Where(p => p.Specs.Count > 0 && Matches(p.Specs, settings, loaded))
                .ToList();
            if (plans.Count == 0) throw NoScenario(settings);

            var created = new List<TargetRun>();
            try
            {
                foreach (var (api, specs) in plans)
                {
                    var one = settings with { Target = null, Profile = null, Specs = Paths(specs) };
                    var run = await ConformanceRun.CreateAsync(one, (_, _) => Task.FromResult(new EmbeddedTarget(api.BaseUrl, api.ProfileYaml, NoHandle.Instance)), loaded, cancellationToken, time, control);
                    created.Add(new TargetRun(new TargetInfo(api.Name, api.BaseUrl.ToString(), Infos(run)) { Rerun = RerunArguments.From(settings) }, run));
                }
            }
            catch
            {
                foreach (var run in created) await run.Run.DisposeAsync();
                throw;
            }

            return new MultiTargetRun(settings, created, start.Handle, time, control, ownsControl);
        }
        catch
        {
            await start.Handle.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The specs a run with these settings will load, once per contract, without starting or
    /// calling anything (test discovery lists their scenarios).
    /// </summary>
    public static IReadOnlyList<ApiDocument> PlannedSpecs(ConformanceSettings settings) => PlannedSpecs(settings, new LoadedSpecs());

    private static IReadOnlyList<ApiDocument> PlannedSpecs(ConformanceSettings settings, LoadedSpecs loaded)
    {
        IEnumerable<ApiDocument> documents;
        if (settings.TargetsFile is { } file)
        {
            documents = TargetsFile.Load(file).SelectMany(t => ContractSpecs.Load(t.Specs.Count > 0 ? t.Specs : settings.Specs.Count > 0 ? settings.Specs : DefaultTargetContracts, loaded));
        }
        else if (settings.Specs.Count > 0)
        {
            documents = ContractSpecs.Load(settings.Specs, loaded);
        }
        else
        {
            documents = settings.Target is not null || settings.Profile is not null || settings.Targets.Count > 0
                ? ContractSpecs.Load(DefaultTargetContracts, loaded)
                : ContractSpecs.Repository.Select(loaded.Load);
        }

        return documents.DistinctBy(d => d.Contract).ToList();
    }

    /// <summary>Targets named by <c>--target</c> (several) or a targets file: each its URL, profile and contracts.</summary>
    private static async Task<MultiTargetRun> ExplicitAsync(ConformanceSettings settings, IReadOnlyList<TargetSetting> targets, LoadedSpecs loaded, TimeProvider time,
        CancellationToken cancellationToken, RunControl control, bool ownsControl)
    {
        var plans = targets
            .Select(t => (Target: t, Specs: ContractSpecs.Load(t.Specs.Count > 0 ? t.Specs : settings.Specs.Count > 0 ? settings.Specs : DefaultTargetContracts, loaded)))
            .Where(p => Matches(p.Specs, settings, loaded))
            .ToList();
        if (plans.Count == 0) throw NoScenario(settings);

        var created = new List<TargetRun>();
        try
        {
            foreach (var (target, specs) in plans)
            {
                var run = await ConformanceRun.CreateAsync(settings with { Target = target.Url, Profile = target.Profile, Specs = Paths(specs) }, null, loaded, cancellationToken, time, control);
                created.Add(new TargetRun(new TargetInfo(target.Name, target.Url.ToString(), Infos(run)) { Rerun = RerunArguments.From(target, settings) }, run));
            }
        }
        catch
        {
            foreach (var run in created) await run.Run.DisposeAsync();
            throw;
        }

        return new MultiTargetRun(settings, created, null, time, control, ownsControl);
    }

    /// <summary>The API serving a spec's contract; a contract no API names goes to the first.</summary>
    private static bool ServedBy(ApiDocument document, EmbeddedApi api, bool first, IReadOnlyList<EmbeddedApi> apis) =>
        api.Contracts.Contains(document.Contract) || (first && !apis.Any(a => a.Contracts.Contains(document.Contract)));

    /// <summary>Whether the filter (and the changed-only and only sets) leaves a scenario of these specs to run.</summary>
    private static bool Matches(IEnumerable<ApiDocument> documents, ConformanceSettings settings, LoadedSpecs loaded)
    {
        var filter = ScenarioFilter.Parse(settings.Filter);
        return documents.SelectMany(loaded.Scenarios)
            .Any(s => filter.Matches(s)
                && (settings.OnlyOperations is null || settings.OnlyOperations.Contains(s.Operation.Slug))
                && (settings.OnlyScenarios is null || settings.OnlyScenarios.Contains(s.Id)));
    }

    /// <summary>An id given to <c>--only</c> that no target's specs generate is a typo: one line, before anything is sent.</summary>
    private static void EnsureOnlyIdsExist(IEnumerable<ApiDocument> documents, ConformanceSettings settings, LoadedSpecs loaded)
    {
        if (settings.OnlyScenarios is not { Count: > 0 } only) return;
        var ids = documents.SelectMany(loaded.Scenarios).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        if (only.FirstOrDefault(id => !ids.Contains(id)) is { } unknown)
        {
            throw new SettingsException($"only '{unknown}' names no scenario of this run (list them with --dry-run)");
        }
    }

    private static SettingsException NoScenario(ConformanceSettings settings) =>
        new(settings.Filter is null ? "no scenario to run: the specs generate none" : $"filter '{settings.Filter}' matches no scenario (list them with --dry-run)");

    private static IReadOnlyList<string> Paths(IEnumerable<ApiDocument> documents) => documents.Select(d => d.SourcePath).ToList();

    private static IReadOnlyList<SpecInfo> Infos(ConformanceRun run) =>
        run.Documents.Select(d => new SpecInfo(d.SourcePath, d.Title, d.Version, d.Vendor) { Contract = d.Contract }).ToList();

    /// <summary>Runs one scenario on every target that has it (the NUnit adapter's way in).</summary>
    public async Task<IReadOnlyList<ScenarioResult>> RunAsync(string scenarioId, CancellationToken cancellationToken)
    {
        var results = new List<ScenarioResult>();
        foreach (var target in runs)
        {
            if (target.Run.Scenarios.FirstOrDefault(s => s.Id == scenarioId) is not { } scenario) continue;
            results.Add(Tag(await target.Run.RunAsync(scenario, cancellationToken), target));
        }

        return results;
    }

    /// <summary>
    /// Runs every target's scenarios, one target after the other, reporting each scenario as it
    /// finishes. Stopping (<see cref="Control"/>, or cancelling) starts no further target.
    /// </summary>
    public async Task<RunResult> RunAllAsync(Action<ScenarioResult>? progress, CancellationToken cancellationToken)
    {
        using var stop = cancellationToken.Register(() => Control.Stop("cancelled"));
        foreach (var target in runs)
        {
            if (Control.Stopping.IsCancellationRequested) break;
            await target.Run.RunAllAsync(progress is null ? null : r => progress(Tag(r, target)), Control.Stopping);
        }

        return Result();
    }

    /// <summary>The result of what has run so far: one target's result as it is, several merged with each scenario's target.</summary>
    public RunResult Result()
    {
        if (!IsMultiTarget)
        {
            // One target: the classic report, with the target's name kept for a later merge.
            var single = runs[0].Run.Result();
            return single with { Info = single.Info with { Targets = [runs[0].Info] } };
        }

        var parts = runs.Select(r => (r.Info, Result: r.Run.Result())).ToList();
        var info = new RunInfo(
            string.Join(", ", parts.Select(p => p.Info.Url)),
            parts.SelectMany(p => p.Result.Info.Specs).DistinctBy(s => s.Contract).ToList(),
            ConformanceRun.SuiteVersion,
            started,
            time.GetUtcNow(),
            Settings.Parallelism,
            Settings.Filter)
        {
            Targets = parts.Select(p => p.Info).ToList(),
            Fuzz = parts.Select(p => p.Result.Info.Fuzz).FirstOrDefault(f => f is not null),
        };
        return new RunResult(
            info,
            parts.SelectMany(p => p.Result.Scenarios.Select(s => s with { Target = p.Info.Name })).ToList(),
            parts.SelectMany(p => p.Result.Unrestored).ToList())
        {
            // The same spec on two targets has the same constraints: count it once.
            Coverage = parts.SelectMany(p => p.Result.Coverage).DistinctBy(c => c.Vendor).ToList(),
            Incomplete = Control.StopReason,
            NotRun = parts.Sum(p => p.Result.NotRun),
            Drift = parts.SelectMany(p => p.Result.Drift).ToList(),
        };
    }

    private ScenarioResult Tag(ScenarioResult result, TargetRun target) => IsMultiTarget ? result with { Target = target.Info.Name } : result;

    public async ValueTask DisposeAsync()
    {
        foreach (var run in runs) await run.Run.DisposeAsync();
        if (embedded is not null) await embedded.DisposeAsync();
        ownedControl?.Dispose();
    }

    /// <summary>The embedded target is stopped once, by the multi-target run, not by each target's run.</summary>
    private sealed class NoHandle : IAsyncDisposable
    {
        public static NoHandle Instance { get; } = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
