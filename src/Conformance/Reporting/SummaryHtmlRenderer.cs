using System.Net;
using System.Text;
using Conformance.Checks;
using Conformance.Execution;
using Conformance.Spec.Vocabulary;

namespace Conformance.Reporting;

/// <summary>
/// <c>summary.html</c>: one self-contained page to send to a vendor (inline CSS, no script, no
/// network): target, specs, suite version and date; per vendor the MUST/SHOULD score and the
/// requirement × operation grid (Autobahn's vendor grid); every failure and warning with its
/// requirement, source, quote, expected, actual and curl; unrestored fixtures in a red banner.
/// Every piece of text is HTML-escaped.
/// </summary>
internal sealed class SummaryHtmlRenderer : IReportRenderer
{
    public string FileName => "summary.html";

    public string Render(RunResult run, ReportOptions options)
    {
        var info = run.Info;
        var vendors = OperationTally.Vendors(run);
        var sections = ContractSection.Of(run);
        var multi = run.Info.Targets.Count > 1;
        var failed = run.Fails(options.FailOn);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Conformance report: ").Append(E(string.Join(", ", vendors))).Append("</title>\n")
            .Append("<style>\n").Append(SummaryHtmlStyle.Css).Append("\n</style>\n</head>\n<body>\n<main>\n");

        html.Append("<header>\n<h1>Conformance report: ").Append(E(string.Join(", ", vendors))).Append(' ')
            .Append(run.Incomplete is not null ? "<span class=\"badge fail\">INCOMPLETE</span>" : failed ? "<span class=\"badge fail\">FAILED</span>" : "<span class=\"badge pass\">PASSED</span>").Append("</h1>\n")
            .Append("<dl class=\"meta\">\n")
            .Append(multi ? "" : "<dt>Target</dt><dd><code>" + E(info.Target) + "</code></dd>\n");
        foreach (var target in multi ? info.Targets : [])
        {
            html.Append("<dt>Target ").Append(E(target.Name)).Append("</dt><dd><code>").Append(E(target.Url)).Append("</code> ")
                .Append(E(string.Join(", ", target.Specs.Select(s => s.Contract)))).Append("</dd>\n");
        }

        foreach (var spec in multi ? info.Targets.SelectMany(t => t.Specs).DistinctBy(s => s.Contract) : info.Specs)
        {
            html.Append("<dt>Spec (").Append(E(spec.Contract)).Append(")</dt><dd>").Append(E(spec.Title)).Append(" <code>")
                .Append(E(spec.Version)).Append("</code> <span class=\"what\">").Append(E(spec.Path)).Append("</span></dd>\n");
        }

        html.Append("<dt>Suite version</dt><dd><code>").Append(E(info.SuiteVersion)).Append("</code></dd>\n")
            .Append("<dt>Date</dt><dd>").Append(E(ReportText.Time(info.StartedAt))).Append(" (")
            .Append(E(ReportText.Seconds(info.FinishedAt - info.StartedAt))).Append(" s)</dd>\n")
            .Append("<dt>Gate</dt><dd>fails on ").Append(ReportText.Level(options.FailOn)).Append("</dd>\n");
        if (info.Filter is not null) html.Append("<dt>Filter</dt><dd><code>").Append(E(info.Filter)).Append("</code></dd>\n");
        html.Append("<dt>Result</dt><dd>").Append(E(run.SummaryLine)).Append("</dd>\n</dl>\n</header>\n");
        if (run.Incomplete is not null)
        {
            html.Append("<div class=\"banner\" role=\"alert\">INCOMPLETE: ").Append(E(run.Incomplete)).Append(". ")
                .Append(E(ReportText.Number(run.NotRun))).Append(" scenarios did not run; this report is not a verdict on the target.</div>\n");
        }


        WriteBanner(html, run.Unrestored);
        if (multi) foreach (var grid in TargetGrid.Of(run)) WriteTargetGrid(html, grid);
        foreach (var section in sections) WriteVendor(html, section);
        WriteFailures(html, FailureDetail.Of(run), multi);
        WriteReasons(html, "inconclusive", "Inconclusive: the evidence cannot tell", run.Scenarios.Where(s => s.Verdict == Verdict.Inconclusive).ToList());
        WriteGaps(html, run.Gaps);
        WriteReasons(html, "skipped", "Skipped", run.Scenarios.Where(s => s.Verdict == Verdict.Skip).ToList());
        WriteAll(html, run.Scenarios);
        html.Append("<footer>Score: ").Append(E(ConformanceScore.Definition))
            .Append(" Grid cells show the worst verdict of the scenarios testing that requirement on that operation, ")
            .Append("and how many of them had it. FAIL = a MUST broken, WARN = a SHOULD broken, INCONCLUSIVE = the evidence cannot tell (see the reason), SKIP = not run (see the reason). ")
            .Append("Each requirement names its basis: documented (a vendor document says it), specified (the vendor's OpenAPI declares it), ")
            .Append("standard (a normative RFC or OpenAPI sentence), decision (the documents are silent; ours, at most SHOULD), convention (common practice, at most SHOULD). ")
            .Append("Secrets in requests are redacted.</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteBanner(StringBuilder html, IReadOnlyList<FixtureRestoreFailure> unrestored)
    {
        if (unrestored.Count == 0) return;
        html.Append("<div class=\"banner\" role=\"alert\">Fixtures NOT confirmed restored: the target may be left changed. Check these by hand.\n<ul>\n");
        foreach (var f in unrestored)
        {
            html.Append("<li>").Append(E(f.Headline)).Append(": ").Append(E(f.Vendor)).Append(' ').Append(E(f.Kind)).Append(" <code>").Append(E(f.Id)).Append("</code>: expected ")
                .Append(E(f.ExpectedState)).Append(", observed ").Append(E(f.ObservedState ?? "unknown")).Append(". ").Append(E(f.Reason)).Append("</li>\n");
        }

        html.Append("</ul>\n</div>\n");
    }

    private static void WriteVendor(StringBuilder html, ContractSection section)
    {
        var score = ConformanceScore.For(section);
        var scenarios = section.Scenarios;
        html.Append("<section class=\"vendor\" id=\"vendor-").Append(E(section.Anchor)).Append("\">\n<h2>").Append(E(section.Title)).Append("</h2>\n");
        html.Append("<div class=\"scores\">\n<div class=\"score\"><span class=\"pct\">").Append(E(score.Must.PercentText))
            .Append("</span><span class=\"what\">MUST requirements passed (").Append(score.Must.Fraction).Append(")</span></div>\n")
            .Append("<div class=\"score\"><span class=\"pct\">").Append(E(score.Should.Fraction))
            .Append("</span><span class=\"what\">SHOULD requirements passed</span></div>\n<div class=\"chips\">");
        foreach (var verdict in new[] { Verdict.Pass, Verdict.Warn, Verdict.Inconclusive, Verdict.Skip, Verdict.Fail })
        {
            html.Append("<span class=\"").Append(Css(verdict)).Append("\">").Append(ReportText.Number(scenarios.Count(s => s.Verdict == verdict)))
                .Append(' ').Append(ReportText.Word(verdict)).Append("</span>");
        }

        html.Append("</div>\n</div>\n");
        WriteGrid(html, VendorGrid.For(section));
        html.Append("</section>\n");
    }

    /// <summary>Requirements × targets for one vendor (Autobahn's grid): the targets side by side, a MUST score per column.</summary>
    private static void WriteTargetGrid(StringBuilder html, TargetGrid grid)
    {
        if (grid.Rows.Count == 0) return;
        html.Append("<section class=\"targets\" id=\"targets-").Append(E(grid.Vendor)).Append("\">\n<h2>").Append(E(grid.Vendor))
            .Append(": targets side by side</h2>\n<table class=\"grid\">\n<thead><tr><th>Requirement</th>");
        foreach (var column in grid.Columns)
        {
            html.Append("<th>").Append(E(column.Target ?? "")).Append("<br><small>").Append(E(column.Contract)).Append("</small></th>");
        }

        html.Append("</tr>\n<tr><th class=\"key\">MUST score</th>");
        foreach (var column in grid.Columns)
        {
            var score = ConformanceScore.For(column);
            html.Append("<td>").Append(E(score.Must.PercentText)).Append("<small>").Append(E(score.Must.Fraction)).Append(" · SHOULD ")
                .Append(E(score.Should.Fraction)).Append("</small></td>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        string? group = null;
        foreach (var row in grid.Rows)
        {
            if (row.Class != group)
            {
                group = row.Class;
                html.Append("<tr class=\"group\"><th colspan=\"").Append(grid.Columns.Count + 1).Append("\">").Append(E(group)).Append("</th></tr>\n");
            }

            html.Append("<tr><th class=\"key\">").Append(E(row.Operation)).Append(" <code>").Append(E(row.Key)).Append("</code></th>");
            WriteCells(html, row.Cells);
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteCells(StringBuilder html, IReadOnlyList<GridCell?> cells)
    {
        foreach (var cell in cells)
        {
            if (cell is null)
            {
                html.Append("<td class=\"none\">·</td>");
                continue;
            }

            html.Append("<td class=\"").Append(Css(cell.Verdict)).Append("\">").Append(ReportText.Word(cell.Verdict))
                .Append("<small>").Append(cell.Matching).Append(" of ").Append(cell.Total).Append("</small></td>");
        }
    }

    private static void WriteGrid(StringBuilder html, VendorGrid grid)
    {
        if (grid.Rows.Count == 0) return;
        html.Append("<table class=\"grid\">\n<thead><tr><th>Requirement</th>");
        foreach (var op in grid.Operations) html.Append("<th>").Append(E(op)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        string? group = null;
        foreach (var row in grid.Rows)
        {
            if (row.Class != group)
            {
                group = row.Class;
                html.Append("<tr class=\"group\"><th colspan=\"").Append(grid.Operations.Count + 1).Append("\">").Append(E(group)).Append("</th></tr>\n");
            }

            html.Append("<tr><th class=\"key\">").Append(E(row.Key)).Append("</th>");
            WriteCells(html, row.Cells);
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void WriteFailures(StringBuilder html, IReadOnlyList<FailureDetail> failures, bool byTarget)
    {
        html.Append("<section id=\"failures\">\n<h2>Failures and warnings (").Append(failures.Count).Append(")</h2>\n");
        if (failures.Count == 0) html.Append("<p>None.</p>\n");
        string? target = null;
        foreach (var f in byTarget ? failures.GroupBy(f => f.Result.Target).SelectMany(g => g) : failures)
        {
            if (byTarget && f.Result.Target != target)
            {
                target = f.Result.Target;
                html.Append("<h3 class=\"target\">Target ").Append(E(target ?? "")).Append("</h3>\n");
            }

            var verdict = f.Result.Verdict;
            html.Append("<article class=\"failure ").Append(Css(verdict)).Append("\">\n<h3><span class=\"badge ").Append(Css(verdict)).Append("\">")
                .Append(ReportText.Word(verdict)).Append("</span> <code>").Append(E(f.Scenario.Id)).Append("</code></h3>\n<div>")
                .Append(E(f.Scenario.DisplayName)).Append("</div>\n<dl>\n")
                .Append("<dt>Requirement</dt><dd><strong>").Append(E(ReportText.LevelAndBasis(f.Level, f.Basis))).Append("</strong> <code>").Append(E(f.RequirementId)).Append("</code></dd>\n");
            if (f.Quote is not null) html.Append("<dt>Quote</dt><dd><blockquote>").Append(E(f.Quote)).Append("</blockquote></dd>\n");
            if (f.Basis is { } basis) html.Append("<dt>Basis</dt><dd>").Append(E(EvidenceBases.Reading(basis))).Append("</dd>\n");
            html.Append("<dt>Source</dt><dd>").Append(E(f.Source ?? "(a generic check; no document sentence)"))
                .Append(f.Seed is null ? "" : " (also " + E(f.Seed) + ")").Append("</dd>\n")
                .Append("<dt>Check</dt><dd><code>").Append(E(f.Check)).Append("</code> ").Append(E(f.Title)).Append("</dd>\n")
                .Append("<dt>Expected</dt><dd><pre>").Append(E(f.Expected)).Append("</pre></dd>\n")
                .Append("<dt>Actual</dt><dd><pre>").Append(E(f.Actual)).Append("</pre></dd>\n");
            if (f.Curl is not null) html.Append("<dt>Reproduce</dt><dd><pre>").Append(E(f.Curl)).Append("</pre></dd>\n");
            html.Append("</dl>\n</article>\n");
        }

        html.Append("</section>\n");
    }

    private static void WriteGaps(StringBuilder html, IReadOnlyList<DocumentationGap> gaps)
    {
        html.Append("<section id=\"gaps\">\n<h2>Documentation gaps (").Append(gaps.Count).Append(")</h2>\n")
            .Append("<p class=\"what\">The target answered in a way the documents do not cover. These are findings for the documentation, not the target's failures.</p>\n");
        if (gaps.Count == 0)
        {
            html.Append("<p>None.</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<thead><tr><th>Contract</th><th>Your documents do not say…</th><th>They say</th><th>The target answered</th><th>Scenarios</th></tr></thead>\n<tbody>\n");
        foreach (var g in gaps)
        {
            html.Append("<tr><td>").Append(E(g.Vendor)).Append("</td><td>").Append(E(g.What)).Append("</td><td>").Append(E(g.Documented))
                .Append("</td><td><code>").Append(E(g.Observed)).Append("</code></td><td>")
                .Append(string.Join("<br>", g.ScenarioIds.Select(id => "<code>" + E(id) + "</code>"))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteReasons(StringBuilder html, string id, string heading, IReadOnlyList<ScenarioResult> skipped)
    {
        if (skipped.Count == 0) return;
        html.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(E(heading)).Append(" (").Append(skipped.Count).Append(")</h2>\n<table>\n<thead><tr><th>Scenario</th><th>Reason</th></tr></thead>\n<tbody>\n");
        foreach (var s in skipped)
        {
            html.Append("<tr><td><code>").Append(E(s.Scenario.Id)).Append("</code></td><td>").Append(E(s.Reason ?? "no reason given")).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteAll(StringBuilder html, IReadOnlyList<ScenarioResult> scenarios)
    {
        html.Append("<section id=\"scenarios\">\n<details>\n<summary>All scenarios (").Append(scenarios.Count).Append(")</summary>\n")
            .Append("<table>\n<thead><tr><th>Verdict</th><th>Scenario</th><th>Requirement</th><th>ms</th></tr></thead>\n<tbody>\n");
        foreach (var s in scenarios)
        {
            html.Append("<tr><td class=\"").Append(Css(s.Verdict)).Append("\">").Append(ReportText.Word(s.Verdict)).Append("</td><td>")
                .Append(E(s.Scenario.DisplayName)).Append("<br><code>").Append(E(s.Target is null ? s.Scenario.Id : $"{s.Target}: {s.Scenario.Id}")).Append("</code></td><td>")
                .Append(ReportText.Level(s.Scenario.Requirement.Level)).Append(' ').Append(E(s.Scenario.Requirement.Key)).Append("</td><td>")
                .Append(ReportText.Number((int)Math.Round(s.Duration.TotalMilliseconds))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</details>\n</section>\n");
    }

    private static string Css(Verdict verdict) => verdict.ToString().ToLowerInvariant();

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
