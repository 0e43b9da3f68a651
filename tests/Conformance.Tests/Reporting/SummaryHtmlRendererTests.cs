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
            Assert.That(html, Does.Contain("<th>PUT /auth/credentials/activate</th><th>PUT /auth/credentials/deactivate</th>"));
            Assert.That(html, Does.Contain("<tr><th class=\"key\">nonce/replay-rejected</th><td class=\"fail\">FAIL<small>1 of 1</small></td><td class=\"none\">·</td></tr>"));
            Assert.That(html, Does.Contain("class=\"banner\"").And.Contain("<code>cr-bbbbb</code>"));
            Assert.That(html, Does.Contain(SampleRun.ReplaySource));
            Assert.That(html, Does.Contain("<blockquote>" + SampleRun.ReplayQuote + "</blockquote>"));
            Assert.That(html, Does.Contain("<pre>curl -X PUT &#39;https://staging.example.test/auth/credentials/activate&#39;"));
            Assert.That(html, Does.Contain(SampleRun.SkipReason.Replace("'", "&#39;", StringComparison.Ordinal)));
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
            Assert.That(html, Does.Contain("<span class=\"badge pass\">PASSED</span>"));
        });
    }
}
