using System.Collections.Concurrent;
using System.Reflection;
using Conformance.Configuration;
using Conformance.Http;
using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>
/// The engine's one entry: loads the specs and the profile (or starts the embedded target),
/// generates and filters the scenarios, runs them, and hands back the result model. Knows
/// nothing of NUnit or of the console; both entry points are thin adapters over this.
/// </summary>
public sealed class ConformanceRun : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ScenarioResult> results = new();
    private readonly RunEngine engine;
    private readonly IAsyncDisposable? embedded;
    private readonly List<IDisposable> owned;
    private readonly TimeProvider time;
    private readonly DateTimeOffset started;
    private readonly Lazy<IReadOnlyList<ConstraintCoverage>> coverage;

    private ConformanceRun(ConformanceSettings settings, Uri target, IReadOnlyList<ApiDocument> documents, IReadOnlyList<Scenario> scenarios,
        RunEngine engine, SecretRegistry secrets, IAsyncDisposable? embedded, List<IDisposable> owned, TimeProvider time)
    {
        Settings = settings;
        Target = target;
        Documents = documents;
        Scenarios = scenarios;
        Secrets = secrets;
        this.engine = engine;
        this.embedded = embedded;
        this.owned = owned;
        this.time = time;
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

    public static string SuiteVersion { get; } =
        typeof(ConformanceRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>
    /// Prepares a run. Throws <see cref="SettingsException"/>, <see cref="SpecLoadException"/> or
    /// <see cref="ProfileException"/> (one line each) for bad input, before anything is sent.
    /// </summary>
    public static async Task<ConformanceRun> CreateAsync(ConformanceSettings settings, EmbeddedTargetStarter? starter, CancellationToken cancellationToken, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var specs = settings.Specs.Count > 0 ? settings.Specs : RepositoryPaths.DefaultSpecs;
        if (specs.Count == 0) throw new SettingsException("spec is missing: give --spec PATH (or CONFORMANCE_SPEC); no repository specs were found");
        var documents = specs.Select(SpecLoader.Load).ToList();

        EmbeddedTarget? started = null;
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
            started = await starter(settings.ReferenceFaults, cancellationToken);
            target = started.BaseUrl;
            profile = ProfileLoader.Parse(started.ProfileYaml, Directory.GetCurrentDirectory(), "(reference target profile)");
        }
        else
        {
            target = settings.Target;
            profile = ProfileLoader.Load(settings.Profile!);
        }

        try
        {
            var trusted = TransportFactory.TrustedCertificates(settings);
            await Reachability.EnsureAsync(target, trusted, cancellationToken);
            var secrets = new SecretRegistry();
            foreach (var secret in profile.Secrets()) secrets.Add(secret);

            var transport = TransportFactory.Create(target, settings, documents, secrets, trusted, time);
            var sessions = SessionFactory.CreateAll(documents, profile, transport, secrets, time);
            var filter = ScenarioFilter.Parse(settings.Filter);
            var scenarios = documents.SelectMany(d => ScenarioGenerator.Generate(d))
                .Where(filter.Matches)
                .Where(s => settings.OnlyOperations is null || settings.OnlyOperations.Contains(s.Operation.Slug))
                .Where(s => settings.OnlyScenarios is null || settings.OnlyScenarios.Contains(s.Id))
                .ToList();
            if (scenarios.Count == 0 && settings.Filter is not null)
            {
                throw new SettingsException($"filter '{settings.Filter}' matches no scenario (list them with --dry-run)");
            }

            var engine = new RunEngine(sessions, settings.Parallelism);
            return new ConformanceRun(settings, target, documents, scenarios, engine, secrets, started?.Handle, [transport], time);
        }
        catch
        {
            if (started is not null) await started.Handle.DisposeAsync();
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

    /// <summary>Runs every scenario of the run, in parallel, reporting each as it finishes.</summary>
    public async Task<RunResult> RunAllAsync(Action<ScenarioResult>? progress, CancellationToken cancellationToken)
    {
        foreach (var result in await engine.RunAllAsync(Scenarios, progress, cancellationToken)) results[result.Scenario.Id] = result;
        return Result();
    }

    /// <summary>The result model of what has run so far, in scenario order.</summary>
    public RunResult Result()
    {
        var ordered = Scenarios.Select(s => results.GetValueOrDefault(s.Id)).OfType<ScenarioResult>().ToList();
        var info = new RunInfo(Target.ToString(), Documents.Select(d => new SpecInfo(d.SourcePath, d.Title, d.Version, d.Vendor) { Contract = d.Contract }).ToList(),
            SuiteVersion, started, time.GetUtcNow(), Settings.Parallelism, Settings.Filter);
        return new RunResult(info, ordered, engine.Unrestored) { Coverage = coverage.Value };
    }

    public async ValueTask DisposeAsync()
    {
        owned.ForEach(o => o.Dispose());
        if (embedded is not null) await embedded.DisposeAsync();
    }
}
