using System.Net;
using System.Text;
using Conformance.Checks;
using Conformance.Execution;
using Conformance.Spec.Vocabulary;

namespace Conformance.Reporting;

/// <summary>
/// <c>summary.html</c>: one self-contained page to send to a vendor (inline CSS, no script, no
/// network), read top-down in five seconds: a PASSED / FAILED / INCOMPLETE banner with its one-line
/// reason; the MUST and SHOULD scores of each contract (each level counted apart); the requirement ×
/// operation grid (and requirement × target with several targets), whose FAIL cells link to their
/// details; every failed or warned scenario with its requirement, public source, quote, expected,
/// actual, the command that reruns it and its curl line. No local path: specs and profiles are
/// shown relative to the repository. Every piece of text is HTML-escaped.
/// </summary>
internal sealed class SummaryHtmlRenderer : IReportRenderer
{
    public string FileName => "summary.html";

    public string Render(RunResult run, ReportOptions options)
    {
        var vendors = OperationTally.Vendors(run);
        var multi = run.Info.Targets.Count > 1;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(SummaryVerdict.Word(run, options.FailOn))).Append(": conformance of ").Append(E(string.Join(", ", vendors))).Append("</title>\n")
            .Append("<style>\n").Append(SummaryHtmlStyle.Css).Append("\n</style>\n</head>\n<body>\n<main>\n");

        WriteVerdict(html, run, options);
        WriteUnrestored(html, run.Unrestored);
        WriteScores(html, run);
        WriteRunInfo(html, run, options);
        var grids = new SummaryHtmlGrids(run);
        if (multi) foreach (var grid in TargetGrid.Of(run)) grids.WriteTargetGrid(html, grid);
        foreach (var section in ContractSection.Of(run)) grids.WriteVendorGrid(html, section);
        WriteFailures(html, run, options.RepoRoot);
        WriteReasons(html, "inconclusive", "Inconclusive: the evidence cannot tell", run.Scenarios.Where(s => s.Verdict == Verdict.Inconclusive).ToList());
        WriteGaps(html, run.Gaps);
        WriteReasons(html, "skipped", "Skipped", run.Scenarios.Where(s => s.Verdict == Verdict.Skip).ToList());
        WriteAll(html, run.Scenarios);
        html.Append("<footer>Score: ").Append(E(ConformanceScore.Definition))
            .Append(" Each requirement names its basis: documented (a vendor document says it), specified (the vendor's OpenAPI declares it), ")
            .Append("standard (a normative RFC or OpenAPI sentence), decision (the documents are silent; ours, at most SHOULD), convention (common practice, at most SHOULD). ")
            .Append("Secrets in requests are redacted.</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The banner: the verdict in large letters, the one-line reason, the counts.</summary>
    private static void WriteVerdict(StringBuilder html, RunResult run, ReportOptions options)
    {
        var word = SummaryVerdict.Word(run, options.FailOn);
        html.Append("<header class=\"verdict ").Append(word.ToLowerInvariant()).Append("\" role=\"status\">\n<div class=\"word\">").Append(word).Append("</div>\n")
            .Append("<p class=\"reason\">").Append(E(SummaryVerdict.Reason(run, options.FailOn))).Append("</p>\n")
            .Append("<p class=\"line\">").Append(E(run.SummaryLine)).Append("</p>\n</header>\n");
    }

    private static void WriteUnrestored(StringBuilder html, IReadOnlyList<FixtureRestoreFailure> unrestored)
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

    /// <summary>One card per contract (and target): the MUST and the SHOULD score, each over its own requirements, and the scenario counts.</summary>
    private static void WriteScores(StringBuilder html, RunResult run)
    {
        // An incomplete run's scores cover what ran: shown muted, never as a green 100%.
        var partial = run.Incomplete is not null;
        html.Append("<section class=\"scores\" id=\"scores\">\n");
        foreach (var section in ContractSection.Of(run))
        {
            var score = ConformanceScore.For(section);
            html.Append("<div class=\"card\" id=\"vendor-").Append(E(section.Anchor)).Append("\">\n<h2>").Append(E(section.Title)).Append("</h2>\n<div class=\"levels\">")
                .Append(Level("MUST", score.Must, partial)).Append(Level("SHOULD", score.Should, partial)).Append("</div>\n<div class=\"chips\">");
            foreach (var verdict in new[] { Verdict.Fail, Verdict.Warn, Verdict.Inconclusive, Verdict.Skip, Verdict.Pass })
            {
                var count = section.Scenarios.Count(s => s.Verdict == verdict);
                html.Append("<span class=\"").Append(count == 0 ? "zero" : Css(verdict)).Append("\">").Append(ReportText.Number(count)).Append(' ').Append(ReportText.Word(verdict)).Append("</span>");
            }

            html.Append("</div>\n</div>\n");
        }

        html.Append("</section>\n");
    }

    private static string Level(string level, LevelTally tally, bool partial) =>
        $"<div class=\"level{(tally.Applicable > 0 && tally.Passed < tally.Applicable ? " broken" : partial || tally.Applicable == 0 ? " muted" : "")}\"><span class=\"pct\">{E(tally.PercentText)}</span>"
        + $"<span class=\"what\">{level} requirements passed ({tally.Fraction}){(partial ? ", of the scenarios that ran" : "")}</span></div>";

    private static void WriteRunInfo(StringBuilder html, RunResult run, ReportOptions options)
    {
        var info = run.Info;
        var multi = info.Targets.Count > 1;
        html.Append("<section class=\"run\">\n<h1>Conformance report: ").Append(E(string.Join(", ", OperationTally.Vendors(run)))).Append("</h1>\n<dl class=\"meta\">\n")
            .Append(multi ? "" : "<dt>Target</dt><dd><code>" + E(info.Target) + "</code></dd>\n");
        foreach (var target in multi ? info.Targets : [])
        {
            html.Append("<dt>Target ").Append(E(target.Name)).Append("</dt><dd><code>").Append(E(target.Url)).Append("</code> ")
                .Append(E(string.Join(", ", target.Specs.Select(s => s.Contract)))).Append("</dd>\n");
        }

        foreach (var spec in multi ? info.Targets.SelectMany(t => t.Specs).DistinctBy(s => s.Contract) : info.Specs)
        {
            html.Append("<dt>Spec (").Append(E(spec.Contract)).Append(")</dt><dd>").Append(E(spec.Title)).Append(" <code>")
                .Append(E(spec.Version)).Append("</code> <span class=\"what\">").Append(E(Reproduction.Shown(spec.Path, options.RepoRoot ?? RepositoryPaths.Root))).Append("</span></dd>\n");
        }

        html.Append("<dt>Suite version</dt><dd><code>").Append(E(info.SuiteVersion)).Append("</code></dd>\n")
            .Append("<dt>Date</dt><dd>").Append(E(ReportText.Time(info.StartedAt))).Append(" (")
            .Append(E(ReportText.Seconds(info.FinishedAt - info.StartedAt))).Append(" s)</dd>\n")
            .Append("<dt>Gate</dt><dd>fails on ").Append(ReportText.Level(options.FailOn)).Append("</dd>\n");
        if (info.Filter is not null) html.Append("<dt>Filter</dt><dd><code>").Append(E(info.Filter)).Append("</code></dd>\n");
        html.Append("</dl>\n</section>\n");
    }

    /// <summary>
    /// The failed and warned scenarios, counted as the summary line counts them (scenarios, not
    /// checks), each once with every requirement it broke, the rerun command and the curl line.
    /// </summary>
    private static void WriteFailures(StringBuilder html, RunResult run, string? root)
    {
        var flagged = run.Scenarios.Where(s => s.Verdict is Verdict.Fail or Verdict.Warn)
            .OrderBy(s => run.Info.Targets.Count > 1 ? run.Info.Targets.ToList().FindIndex(t => t.Name == s.Target) : 0)
            .ThenBy(s => s.Verdict == Verdict.Fail ? 0 : 1)
            .ToList();
        html.Append("<section id=\"failures\">\n<h2>Failed and warned scenarios (").Append(flagged.Count).Append(": ")
            .Append(flagged.Count(s => s.Verdict == Verdict.Fail)).Append(" failed, ").Append(flagged.Count(s => s.Verdict == Verdict.Warn)).Append(" warned)</h2>\n");
        if (flagged.Count == 0) html.Append("<p>None.</p>\n");
        foreach (var result in flagged)
        {
            var verdict = result.Verdict;
            var details = FailureDetail.Of(result, run.Info, root);
            html.Append("<article class=\"failure ").Append(Css(verdict)).Append("\" id=\"").Append(E(Anchor(result))).Append("\">\n<h3><span class=\"badge ").Append(Css(verdict)).Append("\">")
                .Append(ReportText.Word(verdict)).Append("</span> <code>").Append(E(result.Scenario.Id)).Append("</code>")
                .Append(result.Target is null ? "" : " on " + E(result.Target)).Append("</h3>\n<div>").Append(E(result.Scenario.DisplayName)).Append("</div>\n");
            foreach (var f in details.OrderByDescending(f => f.Level))
            {
                html.Append("<dl>\n<dt>Requirement</dt><dd><strong>").Append(E(ReportText.LevelAndBasis(f.Level, f.Basis))).Append("</strong> <code>").Append(E(f.RequirementId)).Append("</code></dd>\n");
                if (f.Quote is not null) html.Append("<dt>Quote</dt><dd><blockquote>").Append(E(f.Quote)).Append("</blockquote></dd>\n");
                if (f.Basis is { } basis) html.Append("<dt>Basis</dt><dd>").Append(E(EvidenceBases.Reading(basis))).Append("</dd>\n");
                html.Append("<dt>Source</dt><dd>").Append(Source(f.Source)).Append(f.Seed is null ? "" : " <span class=\"what\">(same text: <code>" + E(f.Seed) + "</code>)</span>").Append("</dd>\n")
                    .Append("<dt>Check</dt><dd><code>").Append(E(f.Check)).Append("</code> ").Append(E(f.Title)).Append("</dd>\n")
                    .Append("<dt>Expected</dt><dd><pre>").Append(E(f.Expected)).Append("</pre></dd>\n")
                    .Append("<dt>Actual</dt><dd><pre>").Append(E(f.Actual)).Append("</pre></dd>\n</dl>\n");
            }

            html.Append("<dl>\n");
            if (details.Select(f => f.Rerun).FirstOrDefault(r => r is not null) is { } rerun)
            {
                html.Append("<dt>Rerun</dt><dd><pre class=\"command\">").Append(E(rerun)).Append("</pre><span class=\"what\">reruns exactly this scenario against the same target</span></dd>\n");
            }

            foreach (var curl in details.Where(f => f.Curl is not null).DistinctBy(f => f.Curl, StringComparer.Ordinal))
            {
                html.Append("<dt>curl</dt><dd><pre>").Append(E(curl.Curl!)).Append("</pre>")
                    .Append(curl.CurlNote is null ? "" : "<span class=\"what\">" + E(curl.CurlNote) + "</span>").Append("</dd>\n");
            }

            html.Append("</dl>\n</article>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>A public source as a link; anything else (a spec pointer of a decision) as text.</summary>
    private static string Source(string? source) =>
        source is null ? "(a generic check; no document sentence)"
        : Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? $"<a href=\"{E(source)}\">{E(source)}</a>"
        : "<code>" + E(source) + "</code>";

    private static void WriteGaps(StringBuilder html, IReadOnlyList<DocumentationGap> gaps)
    {
        html.Append("<section id=\"gaps\">\n<h2>Documentation gaps (").Append(gaps.Count).Append(")</h2>\n")
            .Append("<p class=\"what\">The target answered in a way the documents do not cover. These are findings for the documentation, not the target's failures.</p>\n");
        if (gaps.Count == 0)
        {
            html.Append("<p>None.</p>\n</section>\n");
            return;
        }

        html.Append("<details>\n<summary>Show the ").Append(gaps.Count).Append(" gaps</summary>\n")
            .Append("<table class=\"list\">\n<thead><tr><th>Contract</th><th>Your documents do not say…</th><th>They say</th><th>The target answered</th><th>Scenarios</th></tr></thead>\n<tbody>\n");
        foreach (var g in gaps)
        {
            html.Append("<tr><td>").Append(E(g.Vendor)).Append("</td><td>").Append(E(g.What)).Append("</td><td>").Append(E(g.Documented))
                .Append("</td><td><code>").Append(E(g.Observed)).Append("</code></td><td>")
                .Append(string.Join("<br>", g.ScenarioIds.Select(id => "<code>" + E(id) + "</code>"))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</details>\n</section>\n");
    }

    private static void WriteReasons(StringBuilder html, string id, string heading, IReadOnlyList<ScenarioResult> listed)
    {
        if (listed.Count == 0) return;
        html.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(E(heading)).Append(" (").Append(listed.Count).Append(")</h2>\n<table class=\"list\">\n<thead><tr><th>Scenario</th><th>Reason</th></tr></thead>\n<tbody>\n");
        foreach (var s in listed)
        {
            html.Append("<tr id=\"").Append(E(Anchor(s))).Append("\"><td><code>").Append(E(s.Target is null ? s.Scenario.Id : $"{s.Target}: {s.Scenario.Id}")).Append("</code></td><td>")
                .Append(E(s.Reason ?? "no reason given")).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteAll(StringBuilder html, IReadOnlyList<ScenarioResult> scenarios)
    {
        html.Append("<section id=\"scenarios\">\n<details>\n<summary>All scenarios (").Append(scenarios.Count).Append(")</summary>\n")
            .Append("<table class=\"list\">\n<thead><tr><th>Verdict</th><th>Scenario</th><th>Requirement</th><th>ms</th></tr></thead>\n<tbody>\n");
        foreach (var s in scenarios)
        {
            html.Append("<tr><td class=\"").Append(Css(s.Verdict)).Append("\">").Append(ReportText.Word(s.Verdict)).Append("</td><td>")
                .Append(E(s.Scenario.DisplayName)).Append("<br><code>").Append(E(s.Target is null ? s.Scenario.Id : $"{s.Target}: {s.Scenario.Id}")).Append("</code></td><td>")
                .Append(ReportText.Level(s.Scenario.Requirement.Level)).Append(' ').Append(E(s.Scenario.Requirement.Key)).Append("</td><td>")
                .Append(ReportText.Number((int)Math.Round(s.Duration.TotalMilliseconds))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</details>\n</section>\n");
    }

    /// <summary>The id of a scenario's details on the page (its failure, or its row of inconclusive or skipped): the grid's cells link to it.</summary>
    public static string Anchor(ScenarioResult result) =>
        "s-" + new string(((result.Target is null ? "" : result.Target + "--") + result.Scenario.Id).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '_').ToArray());

    public static string Css(Verdict verdict) => verdict.ToString().ToLowerInvariant();

    public static string E(string text) => WebUtility.HtmlEncode(text);
}
