using Conformance.Checks;
using Conformance.Execution;
using Conformance.Reporting;

namespace Conformance.Tests.Reporting;

[TestFixture]
public sealed class ConformanceScoreTests
{
    [Test]
    public void For_CountsEachRequirementOnce_BrokenIfAnyCheckBrokeIt()
    {
        var run = SampleRun.Create();

        var dfns = ConformanceScore.For("dfns", run.Scenarios);
        var senhasegura = ConformanceScore.For("senhasegura", run.Scenarios);

        Assert.Multiple(() =>
        {
            // positive + two status-documented passed, replay broken; the skipped permission does not apply.
            Assert.That(dfns.Must, Is.EqualTo(new LevelTally(3, 4)));
            Assert.That(dfns.Must.PercentText, Is.EqualTo("75%"));
            Assert.That(dfns.Should, Is.EqualTo(new LevelTally(0, 1)));
            // the envelope requirement passed once and was broken once (no response): broken.
            Assert.That(senhasegura.Must, Is.EqualTo(new LevelTally(0, 1)));
            Assert.That(senhasegura.Should.PercentText, Is.EqualTo("n/a"));
        });
    }

    [Test]
    public void For_CountsEachLevelApart_APreferredCodeMissedLowersOnlyTheShouldScore()
    {
        // One requirement judged at two levels: its status class (MUST, held) and its preferred code (SHOULD, missed).
        var sample = SampleRun.Create();
        var positive = sample.Scenarios[0];
        var id = positive.Scenario.Requirement.Id;
        var judged = positive with
        {
            Verdict = Verdict.Warn,
            Outcomes =
            [
                new CheckOutcome("expected_status", CheckStatus.Pass, id, Conformance.Spec.Vocabulary.RequirementLevel.Must, "4xx", null, null, 0),
                new CheckOutcome("preferred_status", CheckStatus.Fail, id, Conformance.Spec.Vocabulary.RequirementLevel.Should, "401 preferred", "401", "400", 0),
            ],
        };

        var score = ConformanceScore.For("dfns", [judged]);

        Assert.Multiple(() =>
        {
            Assert.That(score.Must, Is.EqualTo(new LevelTally(1, 1)), "the MUST (status class) held");
            Assert.That(score.Should, Is.EqualTo(new LevelTally(0, 1)), "the SHOULD (preferred code) was missed");
        });
    }

    [Test]
    public void PercentText_IsFlooredSoAlmostNeverReadsAsAll()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new LevelTally(2, 3).PercentText, Is.EqualTo("66.6%"));
            Assert.That(new LevelTally(9999, 10000).PercentText, Is.EqualTo("99.9%"));
            Assert.That(new LevelTally(4, 4).PercentText, Is.EqualTo("100%"));
        });
    }

    [Test]
    public void VendorGrid_RowsAreRequirementKeysGroupedByClass_ColumnsAreOperations()
    {
        var grid = VendorGrid.For(SampleRun.Create(), "dfns");

        Assert.Multiple(() =>
        {
            Assert.That(grid.Operations, Is.EqualTo(new[] { "PUT /auth/credentials/activate", "PUT /auth/credentials/deactivate" }));
            Assert.That(grid.Rows.Select(r => r.Key), Is.EqualTo(new[] { "errors/message", "nonce/replay-rejected", "permission/forbidden", "positive/accepted" }));
            Assert.That(grid.Rows[1].Cells, Is.EqualTo(new GridCell?[] { new(Verdict.Fail, 1, 1), null }));
        });
    }

    [Test]
    public void GridCell_ShowsTheWorstVerdictAndHowManyHadIt()
    {
        var cell = GridCell.Of([Verdict.Pass, Verdict.Skip, Verdict.Warn, Verdict.Pass]);

        Assert.That(cell, Is.EqualTo(new GridCell(Verdict.Warn, 1, 4)));
    }
}
