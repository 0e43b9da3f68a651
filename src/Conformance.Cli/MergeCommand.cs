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
    public static int Run(IReadOnlyList<string> args)
    {
        var files = new List<string>();
        string? reports = null;
        var failOn = RequirementLevel.Must;
        var html = true;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--reports" when i + 1 < args.Count:
                    reports = args[++i];
                    break;
                case "--fail-on" when i + 1 < args.Count:
                    failOn = args[++i].ToLowerInvariant() switch
                    {
                        "must" => RequirementLevel.Must,
                        "should" => RequirementLevel.Should,
                        var other => throw new SettingsException($"merge --fail-on: '{other}' must be 'must' or 'should'"),
                    };
                    break;
                case "--no-html":
                    html = false;
                    break;
                case var flag when flag.StartsWith("--", StringComparison.Ordinal):
                    throw new SettingsException($"merge: unknown option or missing value: {flag} (see --help)");
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        var result = SummaryMerge.Read(files);
        var console = new ConsoleReporter(Console.Out);
        console.WriteSummary(result);
        var options = new ReportOptions { FailOn = failOn, RenderHtml = html, RepoRoot = RepositoryPaths.Root };

        // The summaries were written redacted; the report guard has no further secret to look for.
        var paths = ReportWriter.WriteAll(result, reports ?? RepositoryPaths.DefaultReports, options);
        console.WriteReportPaths(paths);
        return result.Fails(failOn) ? 1 : 0;
    }
}
