using System.Text;
using Conformance.Checks;
using Conformance.Execution;

namespace Conformance.Reporting;

/// <summary>
/// <c>summary.md</c>: the summary for a pull-request comment: gate verdict, score per contract (and target),
/// per-operation counts, every failure and warning (requirement → expected → actual → curl),
/// unrestored fixtures and skips. Long lists are cut to stay under a comment's size limit.
/// </summary>
internal sealed class SummaryMarkdownRenderer : IReportRenderer
{
    /// <summary>Failed or warned scenarios shown in full; the rest are listed by id (a PR comment holds 65,536 characters).</summary>
    public const int MaxDetailed = 25;

    /// <summary>Further failed or warned scenarios listed by id before the rest are only counted.</summary>
    public const int MaxListed = 100;

    /// <summary>Skipped scenarios listed by id before the rest are only counted.</summary>
    public const int MaxSkipsListed = 50;

    public string FileName => "summary.md";

    public string Render(RunResult run, ReportOptions options)
    {
        var md = new StringBuilder();
        var info = run.Info;
        var vendors = OperationTally.Vendors(run);
        var verdict = run.Incomplete is not null ? "⚠️ INCOMPLETE" : run.Fails(options.FailOn) ? "❌ FAILED" : "✅ PASSED";
        md.AppendLine($"## Conformance {verdict}: {MarkdownText.Text(string.Join(", ", vendors))}").AppendLine();
        md.AppendLine($"Target {MarkdownText.Code(info.Target)} · suite {MarkdownText.Code(info.SuiteVersion)} · "
            + $"{ReportText.Time(info.StartedAt)} · fails on {ReportText.Level(options.FailOn)}"
            + (info.Filter is null ? "" : $" · filter {MarkdownText.Code(info.Filter)}"));
        foreach (var target in info.Targets.Count > 1 ? info.Targets : [])
        {
            md.AppendLine($"- target {MarkdownText.Text(target.Name)} {MarkdownText.Code(target.Url)}: {MarkdownText.Text(string.Join(", ", target.Specs.Select(s => s.Contract)))}");
        }

        foreach (var spec in info.Targets.Count > 1 ? info.Targets.SelectMany(t => t.Specs).DistinctBy(s => s.Contract) : info.Specs)
        {
            md.AppendLine($"- {MarkdownText.Text(spec.Contract)}: {MarkdownText.Text(spec.Title)} {MarkdownText.Code(spec.Version)}");
        }

        md.AppendLine();

        if (run.Incomplete is not null)
        {
            md.AppendLine($"> [!WARNING]\n> INCOMPLETE: {MarkdownText.Text(run.Incomplete)}. {run.NotRun} scenarios did not run; this is not a verdict on the target.").AppendLine();
        }

        foreach (var drift in run.Drift) md.AppendLine($"> [!NOTE]\n> Drift before the run: {MarkdownText.Text(drift.ToString())}").AppendLine();
        foreach (var fixture in run.Unrestored)
        {
            md.AppendLine($"> [!CAUTION]\n> Fixture {fixture.Headline}: {MarkdownText.Text(fixture.Vendor)} {MarkdownText.Text(fixture.Kind)} "
                + $"{MarkdownText.Code(fixture.Id)}, expected {MarkdownText.Code(fixture.ExpectedState)}, observed "
                + $"{MarkdownText.Code(fixture.ObservedState ?? "unknown")}: {MarkdownText.Text(fixture.Reason)}").AppendLine();
        }

        md.AppendLine("| Contract | MUST score | SHOULD | Pass | Warn | Inconclusive | Skip | Fail |").AppendLine("|---|---|---|---:|---:|---:|---:|---:|");
        foreach (var section in ContractSection.Of(run))
        {
            var score = ConformanceScore.For(section);
            var scenarios = section.Scenarios;
            md.AppendLine($"| {MarkdownText.Cell(section.Title)} | **{score.Must.PercentText}** ({score.Must.Fraction}) | {score.Should.Fraction} | "
                + $"{Count(scenarios, Verdict.Pass)} | {Count(scenarios, Verdict.Warn)} | {Count(scenarios, Verdict.Inconclusive)} | {Count(scenarios, Verdict.Skip)} | {Count(scenarios, Verdict.Fail)} |");
        }

        md.AppendLine().AppendLine("<details><summary>Per operation</summary>").AppendLine();
        md.AppendLine("| Contract | Operation | Pass | Warn | Inconclusive | Skip | Fail |").AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var row in OperationTally.For(run))
        {
            md.AppendLine($"| {MarkdownText.Cell(row.Vendor)} | {MarkdownText.Code(row.Operation)} | {row.Pass} | {row.Warn} | {row.Inconclusive} | {row.Skip} | {row.Fail} |");
        }

        md.AppendLine().AppendLine("</details>").AppendLine();
        WriteFailures(md, run, options.RepoRoot);
        WriteReasons(md, "Inconclusive", run.Scenarios.Where(s => s.Verdict == Verdict.Inconclusive).ToList());
        WriteGaps(md, run.Gaps);
        WriteReasons(md, "Skipped", run.Scenarios.Where(s => s.Verdict == Verdict.Skip).ToList());
        md.AppendLine($"**{run.SummaryLine}**");
        return md.ToString();
    }

    /// <summary>
    /// The FAIL and WARN scenarios, counted as the summary line counts them (scenarios, not checks):
    /// each once, with every requirement it broke listed under it.
    /// </summary>
    private static void WriteFailures(StringBuilder md, RunResult run, string? root)
    {
        // With several targets, the failures are grouped by target (then FAIL before WARN).
        var flagged = run.Scenarios.Where(s => s.Verdict is Verdict.Fail or Verdict.Warn)
            .OrderBy(s => run.Info.Targets.Count > 1 ? run.Info.Targets.ToList().FindIndex(t => t.Name == s.Target) : 0)
            .ThenBy(s => s.Verdict == Verdict.Fail ? 0 : 1)
            .ToList();
        if (flagged.Count == 0) return;
        md.AppendLine($"### Failed and warned scenarios ({flagged.Count}: {Count(flagged, Verdict.Fail)} failed, {Count(flagged, Verdict.Warn)} warned)").AppendLine();
        foreach (var scenario in flagged.Take(MaxDetailed))
        {
            var where = scenario.Target is null ? "" : $" on {MarkdownText.Text(scenario.Target)}";
            md.AppendLine($"#### {ReportText.Symbol(scenario.Verdict)} {ReportText.Word(scenario.Verdict)} {MarkdownText.Code(scenario.Scenario.Id)}{where}").AppendLine();
            md.AppendLine(MarkdownText.Text(scenario.Scenario.DisplayName)).AppendLine();
            var details = FailureDetail.Of(scenario, run.Info, root);
            foreach (var f in details.OrderByDescending(f => f.Level))
            {
                md.AppendLine($"- **{ReportText.LevelAndBasis(f.Level, f.Basis)}** {MarkdownText.Code(f.RequirementId)}"
                    + (f.Quote is null ? "" : $" — “{MarkdownText.Quote(f.Quote)}”")
                    + (f.Source is null ? "" : $" ({MarkdownText.Text(f.Source)})"));
                md.AppendLine($"  - Expected: {MarkdownText.Code(f.Expected)}");
                md.AppendLine($"  - Actual: {MarkdownText.Code(f.Actual)}");
            }

            md.AppendLine();
            if (details.Select(f => f.Rerun).FirstOrDefault(r => r is not null) is { } rerun)
            {
                md.AppendLine("Rerun this scenario against the same target:").AppendLine().AppendLine(MarkdownText.Block(rerun, "sh")).AppendLine();
            }

            foreach (var curl in details.Where(f => f.Curl is not null).DistinctBy(f => f.Curl, StringComparer.Ordinal))
            {
                md.AppendLine("The request as sent" + (curl.CurlNote is null ? ":" : $" ({MarkdownText.Text(curl.CurlNote)}):")).AppendLine()
                    .AppendLine(MarkdownText.Block(curl.Curl!, "sh")).AppendLine();
            }
        }

        if (flagged.Count > MaxDetailed)
        {
            md.AppendLine($"… and {flagged.Count - MaxDetailed} more (see summary.html):").AppendLine();
            foreach (var scenario in flagged.Skip(MaxDetailed).Take(MaxListed))
            {
                var requirements = FailureDetail.Of(scenario).Select(f => MarkdownText.Code(f.RequirementId)).Distinct(StringComparer.Ordinal);
                md.AppendLine($"- {ReportText.Word(scenario.Verdict)} {MarkdownText.Code(scenario.Scenario.Id)} {string.Join(", ", requirements)}");
            }

            if (flagged.Count > MaxDetailed + MaxListed) md.AppendLine($"- … {flagged.Count - MaxDetailed - MaxListed} not listed here");
            md.AppendLine();
        }
    }

    private static void WriteGaps(StringBuilder md, IReadOnlyList<DocumentationGap> gaps)
    {
        if (gaps.Count == 0) return;
        md.AppendLine($"<details><summary>Documentation gaps ({gaps.Count}): the documents do not cover what the target answered</summary>").AppendLine();
        foreach (var g in gaps.Take(MaxSkipsListed))
        {
            md.AppendLine($"- {MarkdownText.Text(g.Vendor)}: {MarkdownText.Text(g.What)} (they say {MarkdownText.Text(g.Documented)}; answered {MarkdownText.Code(g.Observed)})");
        }

        if (gaps.Count > MaxSkipsListed) md.AppendLine($"- … and {gaps.Count - MaxSkipsListed} more (see summary.html)");
        md.AppendLine().AppendLine("</details>").AppendLine();
    }

    private static void WriteReasons(StringBuilder md, string heading, IReadOnlyList<ScenarioResult> skipped)
    {
        if (skipped.Count == 0) return;
        md.AppendLine($"<details><summary>{heading} ({skipped.Count})</summary>").AppendLine();
        foreach (var s in skipped.Take(MaxSkipsListed)) md.AppendLine($"- {MarkdownText.Code(s.Scenario.Id)}: {MarkdownText.Text(s.Reason ?? "no reason given")}");
        if (skipped.Count > MaxSkipsListed) md.AppendLine($"- … and {skipped.Count - MaxSkipsListed} more (see summary.html)");
        md.AppendLine().AppendLine("</details>").AppendLine();
    }

    private static int Count(IEnumerable<ScenarioResult> scenarios, Verdict verdict) => scenarios.Count(s => s.Verdict == verdict);
}
