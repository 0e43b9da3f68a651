using System.Text.RegularExpressions;
using Conformance.Execution;
using Conformance.Reporting;

namespace Conformance.Tests.Reporting;

[TestFixture]
public sealed class SummaryHtmlRendererTests
{
    [Test]
    public void Render_ShowsTargetSpecsScoreGridFailuresAndTheRedBanner()
    {
        var html = new SummaryHtmlRenderer().Render(SampleRun.Create(), new ReportOptions());

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(html, Does.Contain("<code>https://staging.example.test</code>"));
            Assert.That(html, Does.Contain("Dfns credentials &amp; users <code>2026-10-01</code>"));
            Assert.That(html, Does.Contain("<code>0.1.0-test</code>"));
            Assert.That(html, Does.Contain("<span class=\"pct\">75%</span><span class=\"what\">MUST requirements passed (3/4)</span>"));
            Assert.That(html, Does.Contain("<table class=\"grid\">"));
            Assert.That(html, Does.Contain("<th title=\"PUT /auth/credentials/activate\"><span class=\"method\">PUT</span> /<wbr>auth/<wbr>credentials/<wbr>activate</th>"));
            Assert.That(html, Does.Contain("class=\"banner\"").And.Contain("<code>cr-bbbbb</code>"));
            Assert.That(html, Does.Contain(SampleRun.ReplaySource));
            Assert.That(html, Does.Contain("<blockquote>" + SampleRun.ReplayQuote + "</blockquote>"));
            Assert.That(html, Does.Contain("<pre>curl -X PUT &#39;https://staging.example.test/auth/credentials/activate&#39;"));
            Assert.That(html, Does.Contain(SampleRun.SkipReason.Replace("'", "&#39;", StringComparison.Ordinal)));
        });
    }

    [Test]
    public void Render_ABigVerdictBanner_WithItsOneLineReason()
    {
        var failed = new SummaryHtmlRenderer().Render(SampleRun.Create(), new ReportOptions());
        var clean = new SummaryHtmlRenderer().Render(SampleRun.Clean(), new ReportOptions());
        var incomplete = new SummaryHtmlRenderer().Render(SampleRun.Clean() with { Incomplete = "stopped by SIGTERM", NotRun = 7 }, new ReportOptions());

        Assert.Multiple(() =>
        {
            Assert.That(failed, Does.Contain("<header class=\"verdict failed\" role=\"status\">\n<div class=\"word\">FAILED</div>\n"
                + "<p class=\"reason\">2 MUST requirements broken in 2 scenarios; 1 fixture NOT confirmed restored: the target may be left changed.</p>"));
            Assert.That(clean, Does.Contain("<div class=\"word\">PASSED</div>\n<p class=\"reason\">No MUST requirement broken in 2 scenarios.</p>"));
            Assert.That(incomplete, Does.Contain("<div class=\"word\">INCOMPLETE</div>\n<p class=\"reason\">The run stopped early (stopped by SIGTERM): 7 of 9 scenarios did not run"));
            Assert.That(incomplete, Does.Contain("<div class=\"level muted\"><span class=\"pct\">100%</span><span class=\"what\">MUST requirements passed (2/2), of the scenarios that ran</span>"),
                "an incomplete run's score is not shown as a green 100%");
            Assert.That(clean, Does.Contain("<div class=\"level\"><span class=\"pct\">100%</span>"));
            Assert.That(failed.IndexOf("class=\"verdict", StringComparison.Ordinal), Is.LessThan(failed.IndexOf("<section", StringComparison.Ordinal)), "the verdict comes first");
        });
    }

    [Test]
    public void Render_TheGrid_HasALegend_RequirementTextOnHover_AndFailCellsLinkToTheirDetails()
    {
        var html = new SummaryHtmlRenderer().Render(SampleRun.Create(), new ReportOptions());
        var anchor = "s-" + SampleRun.ReplayId.Replace('/', '_');

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<p class=\"legend\">"));
            Assert.That(html, Does.Contain($"<th class=\"key\" title=\"[MUST, documented] {SampleRun.ReplayId}: {SampleRun.ReplayQuote} ({SampleRun.ReplaySource})\">nonce/replay-rejected</th>"));
            Assert.That(html, Does.Contain($"<td class=\"fail\" title=\"PUT /auth/credentials/activate, nonce/replay-rejected: FAIL in 1 of 1 scenarios\"><a href=\"#{anchor}\">FAIL</a><small>1</small></td>"));
            Assert.That(html, Does.Contain($"<article class=\"failure fail\" id=\"{anchor}\">"), "the link has a target");
            Assert.That(Regex.Matches(html, "href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value), Is.All.Matches<string>(id => html.Contains($"id=\"{id}\"", StringComparison.Ordinal)),
                "every cell link lands on an element of the page");
        });
    }

    [Test]
    public void Render_CountsFailedScenarios_AsTheSummaryLineDoes()
    {
        var html = new SummaryHtmlRenderer().Render(SampleRun.Create(), new ReportOptions());

        Assert.That(html, Does.Contain("<h2>Failed and warned scenarios (3: 2 failed, 1 warned)</h2>"));
    }

    [Test]
    public void Render_EachFailure_CarriesTheCommandThatRerunsIt()
    {
        var html = new SummaryHtmlRenderer().Render(SampleRun.Create(), new ReportOptions());

        Assert.That(html, Does.Contain($"<dt>Rerun</dt><dd><pre class=\"command\">./run-conformance.sh --target https://staging.example.test --profile {SampleRun.Profile} --only {SampleRun.ReplayId}</pre>"));
    }

    [Test]
    public void Render_NamesNoLocalPath()
    {
        // The run was made from /work/checkout with absolute spec and profile paths, one profile outside the repository.
        var sample = SampleRun.Create();
        var run = sample with
        {
            Info = sample.Info with
            {
                Specs = sample.Info.Specs.Select(s => s with { Path = "/work/checkout/" + s.Path }).ToList(),
                Targets = [new TargetInfo("staging", SampleRun.Target, []) { Rerun = new RerunArguments(SampleRun.Target, "/home/qa/secrets/staging.yaml", ["/work/checkout/specs/dfns/openapi.yaml", @"C:\Users\qa\dfns.yaml"], []) }],
            },
        };

        var html = new SummaryHtmlRenderer().Render(run, new ReportOptions { RepoRoot = "/work/checkout" });

        Assert.Multiple(() =>
        {
            foreach (var local in new[] { "/work/", "/home/", "/tmp/", @"C:\", "/Users/" }) Assert.That(html, Does.Not.Contain(local), local);
            Assert.That(html, Does.Contain("<span class=\"what\">specs/dfns/openapi.yaml</span>"), "the spec relative to the repository");
            Assert.That(html, Does.Contain("--profile staging.yaml --spec specs/dfns/openapi.yaml --spec dfns.yaml --only"), "outside the repository: the file name");
        });
    }

    [Test]
    public void Render_EscapesEverythingAndLoadsNothing()
    {
        var html = new SummaryHtmlRenderer().Render(SampleRun.Create(), new ReportOptions());

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script"));
            Assert.That(html, Does.Contain("200 OK &lt;script&gt;alert(1)&lt;/script&gt;"));
            Assert.That(html, Does.Not.Contain("src=").And.Not.Contain("url("), "no external resource");
            Assert.That(html, Does.Not.Contain("<link"));
        });
    }

    [Test]
    public void Render_ACleanRun_HasNoBanner()
    {
        var html = new SummaryHtmlRenderer().Render(SampleRun.Clean(), new ReportOptions());

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("class=\"banner\""));
            Assert.That(html, Does.Contain("<header class=\"verdict passed\""));
        });
    }
}
