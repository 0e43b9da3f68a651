using Conformance.Checks;
using Conformance.Reporting;

namespace Conformance.Tests.Reporting;

/// <summary>The report across targets: a section per (target, contract), one requirement × target grid per vendor, scores per column.</summary>
[TestFixture]
public sealed class TargetGridTests
{
    [Test]
    public void Sections_AreOnePerTargetAndContract_InTargetOrder()
    {
        var sections = ContractSection.Of(MultiTargetSample.Create());

        Assert.That(sections.Select(s => s.Title), Is.EqualTo(new[] { "dfns @ legacy", "senhasegura @ legacy", "dfns @ current" }));
    }

    [Test]
    public void Sections_OfASingleTargetRun_HaveNoTarget()
    {
        Assert.That(ContractSection.Of(SampleRun.Create()).Select(s => s.Title), Is.EqualTo(new[] { "dfns", "senhasegura" }));
    }

    [Test]
    public void Grid_HasAColumnPerTargetOfTheVendor_AndARowPerOperationRequirement()
    {
        var grid = TargetGrid.Of(MultiTargetSample.Create()).Single(g => g.Vendor == "dfns");
        var replay = grid.Rows.Single(r => r.Key == "nonce/replay-rejected");

        Assert.Multiple(() =>
        {
            Assert.That(grid.Columns.Select(c => c.Target), Is.EqualTo(new[] { MultiTargetSample.Legacy, MultiTargetSample.Current }));
            Assert.That(replay.Operation, Is.EqualTo("credentials.activate"));
            Assert.That(replay.Cells, Is.EqualTo(new GridCell?[] { new(Verdict.Fail, 1, 1), new(Verdict.Pass, 1, 1) }), "the same requirement, failed on one target, passed on the other");
            Assert.That(grid.Rows.Select(r => r.Class), Is.Ordered);
        });
    }

    [Test]
    public void Grid_LeavesACellEmptyWhereAColumnsContractHasNoSuchRequirement()
    {
        var run = MultiTargetSample.Create();
        run = run with { Scenarios = run.Scenarios.Where(s => !(s.Target == MultiTargetSample.Current && s.Scenario.Class == "nonce")).ToList() };

        var replay = TargetGrid.Of(run).Single(g => g.Vendor == "dfns").Rows.Single(r => r.Key == "nonce/replay-rejected");

        Assert.That(replay.Cells[1], Is.Null);
    }

    [Test]
    public void Scores_ArePerColumn()
    {
        var grid = TargetGrid.Of(MultiTargetSample.Create()).Single(g => g.Vendor == "dfns");
        var legacy = ConformanceScore.For(grid.Columns[0]);
        var current = ConformanceScore.For(grid.Columns[1]);

        Assert.Multiple(() =>
        {
            Assert.That(legacy.Must.Passed, Is.LessThan(legacy.Must.Applicable), "the replay failed on the legacy target");
            Assert.That(current.Must.Passed, Is.EqualTo(current.Must.Applicable));
        });
    }

    [Test]
    public void SummaryHtml_ShowsTheTargetsSideBySide_AndGroupsFailuresByTarget()
    {
        var html = new SummaryHtmlRenderer().Render(MultiTargetSample.Create(), new ReportOptions());

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<h2>dfns: targets side by side</h2>"));
            Assert.That(html, Does.Contain("<th>legacy<br><small>dfns · MUST ").And.Contain("<th>current<br><small>dfns · MUST "));
            Assert.That(html, Does.Contain("<h2>dfns @ current</h2>"));
            var failures = html[html.IndexOf("id=\"failures\"", StringComparison.Ordinal)..];
            Assert.That(failures.IndexOf("</code> on legacy</h3>", StringComparison.Ordinal), Is.GreaterThan(0)
                .And.LessThan(failures.IndexOf("</code> on current</h3>", StringComparison.Ordinal)), "failures grouped by target, in target order");
            Assert.That(failures, Does.Contain("replay-rejected</code> on legacy</h3>").And.Not.Contain("replay-rejected</code> on current</h3>"), "the replay failed only on legacy");
            Assert.That(html, Does.Contain("<dt>Target current</dt><dd><code>https://current.example.test</code>"));
        });
    }

    [Test]
    public void SummaryHtml_OfASingleTargetRun_HasNoGridAcrossTargets()
    {
        var html = new SummaryHtmlRenderer().Render(SampleRun.Create(), new ReportOptions());

        Assert.That(html, Does.Not.Contain("targets side by side"));
    }

    [Test]
    public void SummaryJson_CarriesTheTargets_TheGridAcrossThem_AndEachScenariosTarget()
    {
        using var json = System.Text.Json.JsonDocument.Parse(new SummaryJsonRenderer().Render(MultiTargetSample.Create(), new ReportOptions()));
        var root = json.RootElement;
        var grid = root.GetProperty("targetGrids").EnumerateArray().Single(g => g.GetProperty("vendor").GetString() == "dfns");

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("name").GetString()), Is.EqualTo(new[] { "legacy", "current" }));
            Assert.That(grid.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("target").GetString()), Is.EqualTo(new[] { "legacy", "current" }));
            Assert.That(root.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("target").GetString()).Distinct(), Is.EquivalentTo(new[] { "legacy", "current" }));
            Assert.That(root.GetProperty("vendors").EnumerateArray().Select(v => v.GetProperty("target").GetString()), Is.EqualTo(new[] { "legacy", "legacy", "current" }));
        });
    }

    [Test]
    public void SummaryMarkdown_ScoresEachContractOnEachTarget()
    {
        var md = new SummaryMarkdownRenderer().Render(MultiTargetSample.Create(), new ReportOptions());

        Assert.Multiple(() =>
        {
            Assert.That(md, Does.Contain("| dfns @ legacy |"));
            Assert.That(md, Does.Contain("| dfns @ current |"));
            Assert.That(md, Does.Contain("- target current `https://current.example.test`: dfns"));
            Assert.That(md, Does.Contain("`dfns.credentials.activate/nonce/replay-rejected` on legacy"));
        });
    }

    [Test]
    public void JUnit_KeepsTheSameScenarioOnTwoTargetsApart()
    {
        var xml = new JUnitRenderer().Render(MultiTargetSample.Create(), new ReportOptions());

        Assert.That(xml, Does.Contain("name=\"legacy.dfns.credentials.activate\"").And.Contain("name=\"current.dfns.credentials.activate\""));
    }
}
