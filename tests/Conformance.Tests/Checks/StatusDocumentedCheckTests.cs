using Conformance.Checks;
using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;
using Conformance.Tests.Scenarios;

namespace Conformance.Tests.Checks;

[TestFixture]
public sealed class StatusDocumentedCheckTests
{
    private const string Check = CheckNames.StatusDocumented;

    private static Conformance.Scenarios.Scenario Positive => VendorScenarios.Dfns("dfns-legacy.credentials.activate/positive/valid-request");

    [Test]
    public void Evaluate_DocumentedStatus_Passes()
    {
        // Arrange
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To(Positive.Operation).Json(200, """{"message":"success"}"""));

        // Act
        var outcome = CheckHarness.Single(Check, Positive, evidence);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Pass));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/response/status-documented"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Should), "a convention: seeds/004 documents a 500, and a document need not list every status");
            Assert.That(outcome.Title, Is.EqualTo("200 is documented"));
        }
    }

    [Test]
    public void Evaluate_UndocumentedStatus_FailsListingTheDocumentedOnes()
    {
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To(Positive.Operation).Json(418, """{"error":{"message":"teapot"}}"""));

        var outcome = CheckHarness.Single(Check, Positive, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/response/status-documented"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Should), "a convention: seeds/004 documents a 500, and a document need not list every status");
            Assert.That(outcome.Title, Is.EqualTo("PUT /auth/credentials/activate answered an undocumented status"));
            Assert.That(outcome.Expected, Is.EqualTo("one of 200, 400, 401, 403, 404, 500"));
            Assert.That(outcome.Actual, Does.StartWith("418 application/json"));
            Assert.That(outcome.ExchangeIndex, Is.Zero);
        }
    }

    [Test]
    public void Evaluate_UndocumentedRefusalTheSuiteProvoked_IsADocumentationGapNotAFailure()
    {
        // A nonce left out on purpose, refused with a 4xx the operation does not list.
        var missing = VendorScenarios.Dfns("dfns-legacy.credentials.activate/nonce/missing");
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To(missing.Operation).Json(422, """{"error":{"message":"nonce required"}}"""));

        var outcome = CheckHarness.Single(Check, missing, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Gap));
            Assert.That(outcome.Title, Does.StartWith("the documents do not say what PUT /auth/credentials/activate answers when the suite omits the X-DFNS-NONCE header"));
            Assert.That(outcome.Actual, Does.StartWith("422"));
        }
    }

    [TestCase(200)]
    [TestCase(500)]
    public void Evaluate_UndocumentedAnswerToAProvokedRefusal_OutsideTheRefusalClass_StillFails(int status)
    {
        var missing = VendorScenarios.Dfns("dfns-legacy.credentials.activate/nonce/missing");
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To(missing.Operation).Json(status == 200 ? 202 : 503, "{}"));

        var outcome = CheckHarness.Single(Check, missing, evidence);

        Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
    }

    [Test]
    public void Evaluate_ThrottledAnswer_IsNotJudged()
    {
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To(Positive.Operation).Json(429, "{}"));

        var outcomes = CheckHarness.Evaluate(Check, Positive, evidence);

        Assert.That(outcomes, Is.Empty);
    }

    [Test]
    public void Evaluate_ProbeExchange_IsJudgedAgainstItsOwnOperation()
    {
        // The probe GET /auth/credentials documents no 404.
        var evidence = new EvidenceBuilder().Exchanges(
            ExchangeBuilder.To(Positive.Operation).Json(200, """{"message":"success"}"""),
            ExchangeBuilder.To("GET", "/auth/credentials", "probe: after").Json(404, """{"error":{"message":"gone"}}"""));

        var outcomes = CheckHarness.Evaluate(Check, Positive, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes.Select(o => o.Status), Is.EqualTo(new[] { CheckStatus.Pass, CheckStatus.Fail }));
            Assert.That(outcomes[1].RequirementId, Is.EqualTo("dfns-legacy.credentials.list/response/status-documented"));
            Assert.That(outcomes[1].Expected, Is.EqualTo("one of 200, 400, 401, 403, 500"));
            Assert.That(outcomes[1].ExchangeIndex, Is.EqualTo(1));
        }
    }

    [Test]
    public void Evaluate_UndocumentedMethodOrNoResponse_NotJudged()
    {
        var method = VendorScenarios.Dfns("dfns-legacy.credentials.activate/method/delete");
        var evidence = new EvidenceBuilder().Exchanges(
            ExchangeBuilder.To("DELETE", "/auth/credentials/activate").Json(405, """{"error":{"message":"Method Not Allowed"}}"""),
            ExchangeBuilder.To(method.Operation).NoResponse("timeout"));

        var outcomes = CheckHarness.Evaluate(Check, method, evidence);

        Assert.That(outcomes, Is.Empty, "no documented operation to judge the status by");
    }
}
