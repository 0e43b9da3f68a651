using System.Diagnostics;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Reporting;
using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Cli;

/// <summary>Runs the suite: settings → run → progress → reports → exit code (0, 1 or 2).</summary>
internal static class RunCommand
{
    public static async Task<int> RunAsync(CliArguments flags, StopSignals signals, ConsoleOutput output)
    {
        var detail = Detail(flags);
        var stdout = output.Out;
        var settings = ReadSettings(flags);
        if (flags["changed-only"] is { } old)
        {
            settings = settings with { OnlyOperations = ChangedOperations(old, settings, stdout) };
            if (settings.OnlyOperations.Count == 0)
            {
                // The gate on a spec change that touches no operation: nothing to test, nothing failed.
                stdout.WriteLine("--changed-only: no operation is touched by the change; nothing to run");
                return 0;
            }
        }

        if (flags.Has("dry-run")) settings = settings with { ListOnly = true };

        using var control = new RunControl { UnresponsiveAfter = settings.UnresponsiveAfter };
        signals.Bind(control);
        await using var run = await MultiTargetRun.CreateAsync(settings, Conformance.Hosting.ReferenceTargetStarter.StartAsync, control.Stopping, control: control);
        signals.Watch(() => run.Outstanding);
        foreach (var target in detail == ConsoleDetail.Quiet ? [] : run.Targets)
        {
            stdout.WriteLine($"Conformance {ConformanceRun.SuiteVersion}: {target.Run.Scenarios.Count} scenarios against {target.Run.Target}"
                + (run.IsMultiTarget ? $" [{target.Info.Name}]" : "") + $" ({string.Join(", ", target.Run.Documents.Select(d => $"{d.Contract} {d.Version}"))})");
        }

        foreach (var problem in run.LeftOut) Console.Error.WriteLine($"warning: left out (--skip-broken-operations): {problem}");
        foreach (var recovered in run.Recovered) stdout.WriteLine($"recovered from an unfinished run: {recovered}");
        foreach (var drift in run.Drift) Console.Error.WriteLine($"warning: drift before the run: {drift}");
        if (flags.Has("recover"))
        {
            stdout.WriteLine(run.Recovered.Count == 0 ? "nothing to recover: no unfinished journal for this target" : $"recovered {run.Recovered.Count} fixtures");
            return 0;
        }

        // What the loader could not read is left out of the run: say so, located, before anything runs.
        foreach (var problem in run.Targets.SelectMany(t => t.Run.Documents).SelectMany(d => d.Problems).Select(p => p.ToString()).Distinct())
        {
            Console.Error.WriteLine($"warning: {problem}");
        }

        if (flags.Has("dry-run"))
        {
            foreach (var target in run.Targets)
            {
                var prefix = run.IsMultiTarget ? target.Info.Name + ": " : "";
                foreach (var scenario in target.Run.Scenarios) stdout.WriteLine($"  {prefix}{scenario.Id}  [{scenario.Requirement.Level.ToString().ToUpperInvariant()}]  {scenario.DisplayName}");
                foreach (var coverage in target.Run.Result().Coverage) coverage.Lines().ToList().ForEach(stdout.WriteLine);
                if (settings.Fuzz > 0)
                {
                    var operations = target.Run.Scenarios.Select(s => (s.Contract, s.Operation.Slug)).Distinct().Count();
                    stdout.WriteLine(prefix + FuzzPlan.Line(settings.Fuzz, settings.Seed, operations));
                }
            }

            return 0;
        }

        var console = new ConsoleReporter(stdout, detail);
        var progress = RunProgress.For(output, detail, TimeProvider.System);
        var clock = Stopwatch.StartNew();
        var total = run.Targets.Sum(t => t.Run.Scenarios.Count);
        var result = await progress.TrackAsync(total, console.ScenarioFinished, finished => run.RunAllAsync(finished, control.Stopping));
        console.WriteSummary(result);
        if (detail != ConsoleDetail.Quiet)
        {
            foreach (var coverage in result.Coverage) coverage.Lines().ToList().ForEach(stdout.WriteLine);
            stdout.WriteLine($"finished in {clock.Elapsed.TotalSeconds:0.0} s");
        }

        // After abandoning, the report is written without the slow HTML rendering.
        var options = new ReportOptions
        {
            FailOn = settings.FailOn, RenderHtml = settings.RenderHtml && !control.Abandoned, RepoRoot = RepositoryPaths.Root, MaxBodyExcerpt = settings.MaxBodyExcerpt, Keep = settings.Keep,
        };
        var paths = progress.While(options.RenderHtml ? "rendering HTML report…" : "writing reports…",
            () => ReportWriter.WriteAll(result, settings.ReportsDirectory ?? RepositoryPaths.DefaultReports, options, run.SecretValues));
        console.WriteReportPaths(paths);
        if (result.Unrestored.Count > 0)
        {
            Console.Error.WriteLine($"error: {result.Unrestored.Count} fixtures were NOT confirmed restored: the target may be left changed (listed above)"
                + (run.JournalPaths.Count > 0 ? $"; the next run against it restores them from {string.Join(", ", run.JournalPaths)}" : ""));
        }

        if (result.Incomplete is not null)
        {
            Console.Error.WriteLine($"error: the run is INCOMPLETE ({result.Incomplete}): {result.NotRun} scenarios did not run");
            return 2;
        }

        if (result.Fails(settings.FailOn)) return 1;

        // A gate that tested nothing must not pass: usually the profile lacks what the schemes need.
        if (result.NothingTested)
        {
            Console.Error.WriteLine($"error: {result.NothingTestedReason}");
            return 2;
        }

        return 0;
    }

    /// <summary>The flags over the CONFORMANCE_* environment, read by SettingsReader as .runsettings are.</summary>
    public static ConformanceSettings ReadSettings(CliArguments flags, Func<string, string?>? getenv = null) =>
        SettingsReader.Read(SettingsReader.Layer(name => flags[name], SettingsReader.Environment(getenv)), "--");

    /// <summary>--quiet, --verbose or neither (both: the last word is not ours to guess).</summary>
    public static ConsoleDetail Detail(CliArguments flags) => (flags.Has("quiet"), flags.Has("verbose")) switch
    {
        (true, true) => throw new SettingsException("--quiet and --verbose contradict each other; give one of them"),
        (true, false) => ConsoleDetail.Quiet,
        (false, true) => ConsoleDetail.Verbose,
        _ => ConsoleDetail.Normal,
    };

    private static IReadOnlySet<string> ChangedOperations(string oldSpec, ConformanceSettings settings, TextWriter stdout)
    {
        var specs = settings.Specs.Count > 0 ? settings.Specs : RepositoryPaths.DefaultSpecs;
        if (specs.Count != 1) throw new SettingsException("--changed-only needs exactly one --spec (the new version of the spec it diffs against)");
        var diff = Conformance.Diff.SpecDiffer.Compare(SpecLoader.Load(oldSpec), SpecLoader.Load(specs[0]));
        stdout.WriteLine($"--changed-only: {diff.TouchedOperationSlugs.Count} operations touched by the change");
        return diff.TouchedOperationSlugs;
    }
}
