using System.Diagnostics;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Reporting;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Cli;

/// <summary>Runs the suite: settings → run → progress → reports → exit code (0, 1 or 2).</summary>
internal static class RunCommand
{
    public static async Task<int> RunAsync(CliArguments flags, CancellationToken cancellationToken)
    {
        var settings = SettingsReader.Read(SettingsReader.Layer(name => flags[name], SettingsReader.Environment()), "--");
        if (flags["changed-only"] is { } old) settings = settings with { OnlyOperations = ChangedOperations(old, settings) };

        await using var run = await ConformanceRun.CreateAsync(settings, Conformance.Hosting.ReferenceTargetStarter.StartAsync, cancellationToken);
        Console.WriteLine($"Conformance {ConformanceRun.SuiteVersion}: {run.Scenarios.Count} scenarios against {run.Target} ({string.Join(", ", run.Documents.Select(d => $"{d.Vendor} {d.Version}"))})");

        // What the loader could not read is left out of the run: say so, located, before anything runs.
        foreach (var problem in run.Documents.SelectMany(d => d.Problems)) Console.Error.WriteLine($"warning: {problem}");
        if (flags.Has("dry-run"))
        {
            foreach (var scenario in run.Scenarios) Console.WriteLine($"  {scenario.Id}  [{scenario.Requirement.Level.ToString().ToUpperInvariant()}]  {scenario.DisplayName}");
            return 0;
        }

        var console = new ConsoleReporter(Console.Out);
        var clock = Stopwatch.StartNew();
        var result = await run.RunAllAsync(console.ScenarioFinished, cancellationToken);
        console.WriteSummary(result);
        Console.WriteLine($"finished in {clock.Elapsed.TotalSeconds:0.0} s");

        var options = new ReportOptions { FailOn = settings.FailOn, RenderHtml = settings.RenderHtml, RepoRoot = RepositoryPaths.Root };
        var paths = ReportWriter.WriteAll(result, settings.ReportsDirectory ?? RepositoryPaths.DefaultReports, options, run.Secrets.Values);
        console.WriteReportPaths(paths);
        if (result.Unrestored.Count > 0) Console.Error.WriteLine($"error: {result.Unrestored.Count} fixtures were NOT restored: the target is left changed (listed above)");

        if (cancellationToken.IsCancellationRequested) return 2;
        if (result.Fails(settings.FailOn)) return 1;

        // A gate that tested nothing must not pass: usually the profile lacks what the schemes need.
        if (result.NothingTested)
        {
            Console.Error.WriteLine($"error: {result.NothingTestedReason}");
            return 2;
        }

        return 0;
    }

    private static IReadOnlySet<string> ChangedOperations(string oldSpec, ConformanceSettings settings)
    {
        var specs = settings.Specs.Count > 0 ? settings.Specs : RepositoryPaths.DefaultSpecs;
        if (specs.Count != 1) throw new SettingsException("--changed-only needs exactly one --spec (the new version of the spec it diffs against)");
        var diff = Conformance.Diff.SpecDiffer.Compare(SpecLoader.Load(oldSpec), SpecLoader.Load(specs[0]));
        Console.WriteLine($"--changed-only: {diff.TouchedOperationSlugs.Count} operations touched by the change");
        return diff.TouchedOperationSlugs;
    }
}
