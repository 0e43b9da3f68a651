using Conformance.Checks;
using Conformance.Spec.Vocabulary;

namespace Conformance.Tests.Checks;

/// <summary>
/// The verdict from outcomes alone: a broken MUST beats everything; "cannot tell" beats a broken
/// SHOULD and a pass; nothing judged is SKIP, never PASS; gaps and broken MAYs never decide.
/// </summary>
[TestFixture]
public sealed class JudgeDecideTests
{
    private static CheckOutcome O(CheckStatus status, RequirementLevel level = RequirementLevel.Must) =>
        new("c", status, "v.op/k", level, $"{status} {level}");

    [Test]
    public void Decide_MustFailureAndInconclusive_IsFail()
    {
        Assert.That(Judge.Decide([O(CheckStatus.Inconclusive), O(CheckStatus.Fail), O(CheckStatus.Pass)]), Is.EqualTo(Verdict.Fail));
    }

    [Test]
    public void Decide_InconclusiveAndShouldFailure_IsInconclusive()
    {
        Assert.That(Judge.Decide([O(CheckStatus.Inconclusive), O(CheckStatus.Fail, RequirementLevel.Should), O(CheckStatus.Pass)]), Is.EqualTo(Verdict.Inconclusive));
    }

    [Test]
    public void Decide_EveryCheckSkipped_IsSkipNotPass()
    {
        var outcomes = new[] { O(CheckStatus.Skip), O(CheckStatus.Skip, RequirementLevel.Should) };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Judge.Decide(outcomes), Is.EqualTo(Verdict.Skip));
            Assert.That(Judge.Reason(Verdict.Skip, outcomes), Is.EqualTo("Skip Must; Skip Should"));
        }
    }

    [Test]
    public void Decide_NoOutcomeAtAll_IsSkipWithAReason()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Judge.Decide([]), Is.EqualTo(Verdict.Skip));
            Assert.That(Judge.Reason(Verdict.Skip, []), Is.EqualTo("no check applied to this scenario"));
        }
    }

    [Test]
    public void Decide_GapsAndBrokenMayWithAPass_IsPass()
    {
        Assert.That(Judge.Decide([O(CheckStatus.Gap), O(CheckStatus.Fail, RequirementLevel.May), O(CheckStatus.Pass)]), Is.EqualTo(Verdict.Pass));
    }

    [Test]
    public void Decide_OnlyAGap_IsSkip()
    {
        Assert.That(Judge.Decide([O(CheckStatus.Gap)]), Is.EqualTo(Verdict.Skip));
    }

    [Test]
    public void Reason_Inconclusive_JoinsTheDistinctReasons()
    {
        var outcomes = new[] { O(CheckStatus.Inconclusive), O(CheckStatus.Inconclusive), O(CheckStatus.Pass) };

        Assert.That(Judge.Reason(Verdict.Inconclusive, outcomes), Is.EqualTo("Inconclusive Must"));
    }
}
