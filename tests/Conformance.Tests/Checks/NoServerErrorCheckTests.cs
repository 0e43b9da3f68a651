using Conformance.Checks;
using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;
using Conformance.Tests.Scenarios;

namespace Conformance.Tests.Checks;

[TestFixture]
public sealed class NoServerErrorCheckTests
{
    private const string Check = CheckNames.NoServerError;

    private static Conformance.Scenarios.Scenario Schema => VendorScenarios.Dfns("dfns-legacy.credentials.activate/schema/malformed-json");

    [Test]
    public void Evaluate_ClientError_Passes()
    {
        // Arrange
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To(Schema.Operation).Json(400, """{"error":{"message":"request body is invalid"}}"""));

        // Act
        var outcome = CheckHarness.Single(Check, Schema, evidence);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Pass));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/response/no-5xx"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Should), "a convention: seeds/004 documents a 500, and a document need not list every status");
        }
    }

    [TestCase(500)]
    [TestCase(503)]
    public void Evaluate_ServerError_Fails(int status)
    {
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To(Schema.Operation).Json(status, """{"error":{"message":"Internal Server Error"}}"""));

        var outcome = CheckHarness.Single(Check, Schema, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/response/no-5xx"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Should), "a convention: seeds/004 documents a 500, and a document need not list every status");
            Assert.That(outcome.Title, Is.EqualTo("PUT http://127.0.0.1:1/auth/credentials/activate made the server fail"));
            Assert.That(outcome.Expected, Is.EqualTo("a status below 500"));
            Assert.That(outcome.Actual, Does.StartWith($"{status} application/json"));
        }
    }

    [Test]
    public void Evaluate_UndocumentedMethod_JudgedUnderTheScenarioOperation()
    {
        var method = VendorScenarios.Dfns("dfns-legacy.credentials.activate/method/delete");
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To("DELETE", "/auth/credentials/activate").Status(500).Body("text/plain", "boom"));

        var outcome = CheckHarness.Single(Check, method, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/response/no-5xx"));
        }
    }

    [Test]
    public void Evaluate_EverySetupAndProbeExchange_IsJudged()
    {
        var evidence = new EvidenceBuilder().Exchanges(
            ExchangeBuilder.To("PUT", "/auth/credentials/deactivate", "setup: prepare").Json(502, "{}"),
            ExchangeBuilder.To("GET", "/auth/credentials", "probe: before").Json(200, """{"items":[]}"""),
            ExchangeBuilder.To(Schema.Operation).Json(400, """{"error":{"message":"request body is invalid"}}"""),
            ExchangeBuilder.To(Schema.Operation, "probe: after").NoResponse("timeout"));

        var outcomes = CheckHarness.Evaluate(Check, Schema, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes.Select(o => o.Status), Is.EqualTo(new[] { CheckStatus.Fail, CheckStatus.Pass, CheckStatus.Pass }), "no response is not judged here");
            Assert.That(outcomes[0].RequirementId, Is.EqualTo("dfns-legacy.credentials.deactivate/response/no-5xx"));
            Assert.That(outcomes[0].ExchangeIndex, Is.Zero);
        }
    }
}
