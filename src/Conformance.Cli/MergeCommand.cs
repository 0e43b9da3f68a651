using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Reporting;
using Conformance.Spec.Vocabulary;

namespace Conformance.Cli;

/// <summary>
/// <c>merge RUN/summary.json... [--reports DIR] [--fail-on must|should] [--no-html]</c>: one report
/// (one grid, a column per target) from the summaries of several runs — sharded CI jobs, or one
/// job per target. Exit codes as a run: 0, 1 a failure at the --fail-on level, 2 bad input.
/// </summary>
internal static class MergeCommand
{
    public static int Run(IReadOnlyList<string> files, CliArguments flags, ConsoleOutput output)
    {
        // Merge reads its options only from the command line: the summaries carry the runs' settings.
        var failOn = (flags["fail-on"] ?? "must").ToLowerInvariant() switch
        {
            "must" => RequirementLevel.Must,
            "should" => RequirementLevel.Should,
            var other => throw new SettingsException($"merge --fail-on: '{other}' must be 'must' or 'should'"),
        };
        var detail = RunCommand.Detail(flags);
        var result = SummaryMerge.Read(files);
        var console = new ConsoleReporter(output.Out, detail);
        console.WriteSummary(result);
        var options = new ReportOptions { FailOn = failOn, RenderHtml = !flags.Has("no-html"), RepoRoot = RepositoryPaths.Root };

        // The summaries were written redacted; the report guard has no further secret to look for.
        var progress = RunProgress.For(output, detail, TimeProvider.System);
        var paths = progress.While(options.RenderHtml ? "rendering HTML report…" : "writing reports…",
            () => ReportWriter.WriteAll(result, flags["reports"] ?? RepositoryPaths.DefaultReports, options));
        console.WriteReportPaths(paths);
        return result.Fails(failOn) ? 1 : 0;
    }
}
