using System.Diagnostics;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.ReferenceTarget;
using Conformance.Reporting;
using Conformance.Tests.Http;

namespace Conformance.Tests.Hostile;

/// <summary>
/// One run of the suite through a <see cref="HostileProxy"/> in front of a fresh reference
/// target, the way <c>run-conformance.sh</c> runs it (settings → run → console → reports → exit
/// code), and what the target itself says afterwards.
/// </summary>
internal sealed record HostileRun(
    HostileBehaviour? Behaviour,
    double Share,
    int ExitCode,
    TimeSpan Wall,
    RunResult? Result,
    ReportPaths? Paths,
    string Console,
    string? SettingsError,
    IReadOnlyList<string> FixturesChanged,
    IReadOnlyList<string> Leaks,
    int SecretsKnown,
    long ReportBytes,
    int Answers,
    int Misbehaved,
    int ElsewhereHits)
{
    /// <summary>Every report file's text and the console, for looking for the behaviour's name.</summary>
    public string AllText => Console + "\n" + string.Concat(ReportFiles().Select(File.ReadAllText));

    public IEnumerable<string> ReportFiles() => Paths is null ? [] : Directory.EnumerateFiles(Paths.Folder, "*", SearchOption.AllDirectories);

    /// <summary>One line of the issue's table: behaviour, share, exit, wall time, fixtures restored (on the target), leaks, report size, verdicts.</summary>
    public string Row => $"| {Behaviour?.ToString() ?? "none"} | {Share:P0} | {ExitCode} | {Wall.TotalSeconds:0.0} s | {(FixturesChanged.Count == 0 ? "yes" : $"NO ({FixturesChanged.Count})")} | {Leaks.Count} of {SecretsKnown} | {ReportBytes / 1024.0 / 1024.0:0.0} MiB | {Misbehaved}/{Answers} | {Verdicts} |";

    /// <summary>P/W/I/S/F counts, claimed-unrestored fixtures, and the first MUST failures' check names.</summary>
    public string Verdicts => Result is null ? SettingsError ?? "" :
        $"P{Count(Conformance.Checks.Verdict.Pass)} W{Count(Conformance.Checks.Verdict.Warn)} I{Count(Conformance.Checks.Verdict.Inconclusive)} S{Count(Conformance.Checks.Verdict.Skip)} F{Count(Conformance.Checks.Verdict.Fail)} unrestored-claimed {Result.Unrestored.Count}"
        + (Count(Conformance.Checks.Verdict.Fail) == 0 ? "" : " fails: " + string.Join(", ", Result.Scenarios.Where(r => r.Verdict == Conformance.Checks.Verdict.Fail)
            .SelectMany(r => r.Failures.Where(f => f.Level == Conformance.Spec.Vocabulary.RequirementLevel.Must).Select(f => f.Check)).GroupBy(c => c).Select(g => $"{g.Key}×{g.Count()}")));

    private int Count(Conformance.Checks.Verdict verdict) => Result!.Scenarios.Count(r => r.Verdict == verdict);

    public static async Task<HostileRun> StartAsync(HostileBehaviour? behaviour, double share, string? filter, TimeSpan timeout, string reportsRoot,
        Func<ConformanceSettings, ConformanceSettings>? adjust = null, System.Security.Cryptography.X509Certificates.X509Certificate2? certificate = null,
        TimeSpan? cancelAfterFirstRequest = null)
    {
        await using var target = await ReferenceTargetHost.StartAsync(new ReferenceTargetOptions());
        await using var elsewhere = LoopbackServer.Start((r, resp) => LoopbackServer.Write(resp, 200, "{}"));
        await using var proxy = await HostileProxy.StartAsync(target.BaseUrl, behaviour, share, certificate: certificate, elsewhere: elsewhere.BaseUrl);
        var before = TargetTruth.States(target);
        var profile = Path.Combine(reportsRoot, $"profile-{Guid.NewGuid():N}.yaml");
        Directory.CreateDirectory(reportsRoot);
        await File.WriteAllTextAsync(profile, target.ProfileYaml, CancellationToken.None);
        var settings = new ConformanceSettings
        {
            Target = certificate is null ? proxy.BaseUrl : new Uri($"https://127.0.0.1:{proxy.BaseUrl.Port}/"),
            Profile = profile,
            Filter = filter,
            Parallelism = 4,
            RequestTimeout = timeout,
            RenderHtml = false,
            ReportsDirectory = Path.Combine(reportsRoot, "reports"),
        };
        settings = adjust?.Invoke(settings) ?? settings;

        // As run-conformance.sh: one RunControl stops the run (a cancellation is a stop, as SIGINT is).
        using var control = new RunControl { UnresponsiveAfter = settings.UnresponsiveAfter };
        if (cancelAfterFirstRequest is { } delay) _ = proxy.FirstRequest.ContinueWith(_ => Task.Delay(delay).ContinueWith(_ => control.Stop("cancelled"), TaskScheduler.Default), TaskScheduler.Default);

        var console = new StringWriter();
        var clock = Stopwatch.StartNew();
        var exit = 0;
        RunResult? result = null;
        ReportPaths? paths = null;
        string? settingsError = null;
        IReadOnlyCollection<string> registry = [];
        try
        {
            await using var run = await ConformanceRun.CreateAsync(settings, null, control.Stopping, control: control);
            // Verbose: every scenario line and check outcome is looked through for leaked secrets.
            var reporter = new ConsoleReporter(console, ConsoleDetail.Verbose);
            result = await run.RunAllAsync(reporter.ScenarioFinished, control.Stopping);
            reporter.WriteSummary(result);
            registry = run.Secrets.Values;
            paths = ReportWriter.WriteAll(result, Path.Combine(reportsRoot, "reports"), new ReportOptions { RenderHtml = false, MaxBodyExcerpt = settings.MaxBodyExcerpt }, registry);
            reporter.WriteReportPaths(paths);
            exit = result.Incomplete is not null ? 2 : result.Fails(settings.FailOn) ? 1 : 0;
        }
        catch (SettingsException e)
        {
            settingsError = e.Message;
            console.WriteLine($"error: {e.Message}");
            exit = 2;
        }
        catch (OperationCanceledException) when (control.StopReason is not null)
        {
            // As Program.cs: stopped while the run was being prepared (before its first scenario).
            settingsError = $"stopped before the first scenario: {control.StopReason}";
            console.WriteLine($"error: {settingsError}");
            exit = 2;
        }

        clock.Stop();
        File.Delete(profile);

        // The secrets the target holds or gave out, plus every value the run registered.
        var secrets = TargetTruth.Secrets(target, proxy.ReturnedBodies).Concat(registry.Where(s => s.Length >= 8)).ToHashSet(StringComparer.Ordinal);
        var text = console.ToString();
        var files = paths is null ? [] : Directory.EnumerateFiles(paths.Folder, "*", SearchOption.AllDirectories).Concat((paths.Latest is null ? [] : Directory.EnumerateFiles(paths.Latest, "*", SearchOption.AllDirectories))).ToList();
        var leaks = files.Select(f => (Name: Path.GetRelativePath(reportsRoot, f), Text: File.ReadAllText(f)))
            .Append((Name: "console", Text: text))
            .SelectMany(f => secrets.Where(s => f.Text.Contains(s, StringComparison.Ordinal)).Select(_ => f.Name))
            .ToList();
        var bytes = paths is null ? 0 : Directory.EnumerateFiles(paths.Folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        return new HostileRun(behaviour, share, exit, clock.Elapsed, result, paths, text, settingsError, TargetTruth.Changed(before, target), leaks,
            secrets.Count, bytes, proxy.Answers, proxy.Misbehaved, elsewhere.Received.Count);
    }
}
