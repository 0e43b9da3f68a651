using Conformance.Checks;
using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;
using Conformance.Tests.Scenarios;

namespace Conformance.Tests.Checks;

[TestFixture]
public sealed class OthersUnchangedCheckTests
{
    private const string Check = CheckNames.OthersUnchanged;
    private const string Requirement = "dfns-legacy.credentials.activate/state/others-unchanged";

    private static Conformance.Scenarios.Scenario Others => VendorScenarios.Dfns("dfns-legacy.credentials.activate/state/others-unchanged");

    [Test]
    public void Evaluate_EveryOtherFixtureKeptItsState_Passes()
    {
        // Arrange
        var evidence = new EvidenceBuilder().Fixture("credential").Other("cr-2", "inactive", "inactive").Other("cr-3", "active", "active");

        // Act
        var outcome = CheckHarness.Single(Check, Others, evidence);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Pass));
            Assert.That(outcome.RequirementId, Is.EqualTo(Requirement));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Should), "no sentence says other resources stay as they are");
            Assert.That(outcome.Title, Is.EqualTo("2 other fixtures unchanged"));
        }
    }

    [Test]
    public void Evaluate_AnotherFixtureMoved_FailsNamingIt()
    {
        var evidence = new EvidenceBuilder().Fixture("credential").Other("cr-2", "inactive", "active").Other("cr-3", "active", "active");

        var outcome = CheckHarness.Single(Check, Others, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.RequirementId, Is.EqualTo(Requirement));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Should), "no sentence says other resources stay as they are");
            Assert.That(outcome.Title, Is.EqualTo("the operation changed another resource"));
            Assert.That(outcome.Expected, Is.EqualTo("cr-2: inactive"));
            Assert.That(outcome.Actual, Is.EqualTo("cr-2: active"));
        }
    }

    [Test]
    public void Evaluate_OtherFixtureNotReadAfter_IsInconclusive()
    {
        var evidence = new EvidenceBuilder().Fixture("credential").OtherReadBeforeOnly("cr-2", "inactive");

        var outcome = CheckHarness.Single(Check, Others, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Inconclusive));
            Assert.That(outcome.Title, Does.Contain("cr-2"));
        }
    }

    [Test]
    public void Evaluate_NoOtherFixture_Skips()
    {
        var outcome = CheckHarness.Single(Check, Others, new EvidenceBuilder().Fixture("credential"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Skip));
            Assert.That(outcome.RequirementId, Is.EqualTo(Requirement));
            Assert.That(outcome.Title, Is.EqualTo("the profile lists no other fixture of this kind"));
        }
    }
}
