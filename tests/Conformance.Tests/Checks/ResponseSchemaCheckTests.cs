using Conformance.Checks;
using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;
using Conformance.Tests.Scenarios;

namespace Conformance.Tests.Checks;

[TestFixture]
public sealed class ResponseSchemaCheckTests
{
    private const string Check = CheckNames.ResponseSchema;

    private static Conformance.Scenarios.Scenario Positive => VendorScenarios.Dfns("dfns-legacy.credentials.activate/positive/valid-request");

    private static EvidenceBuilder Answer(int status, string? mediaType, string body) =>
        new EvidenceBuilder().Exchanges(ExchangeBuilder.To(Positive.Operation).Status(status).Body(mediaType, body));

    [Test]
    public void Evaluate_BodyMatchesTheSchema_Passes()
    {
        // Act
        var outcome = CheckHarness.Single(Check, Positive, Answer(200, "application/json", """{"message":"success"}"""));

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Pass));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/response/schema-valid"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must));
        }
    }

    [Test]
    public void Evaluate_BodyBreaksTheSchema_FailsNamingTheError()
    {
        var outcome = CheckHarness.Single(Check, Positive, Answer(200, "application/json", """{"msg":"success"}"""));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/response/schema-valid"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(outcome.Title, Is.EqualTo("PUT /auth/credentials/activate 200 body does not match its schema"));
            Assert.That(outcome.Expected, Does.StartWith("a body valid against ").And.Contain("200"));
            Assert.That(outcome.Actual, Does.Contain("required at #").And.EndWith("""{"msg":"success"}"""));
            Assert.That(outcome.ExchangeIndex, Is.Zero);
        }
    }

    [Test]
    public void Evaluate_BodyIsNotJson_Fails()
    {
        var outcome = CheckHarness.Single(Check, Positive, Answer(200, "application/json", "success"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.Actual, Is.EqualTo("the body is not JSON: success"));
        }
    }

    [Test]
    public void Evaluate_ProbeBody_IsJudgedAgainstTheProbeSchema()
    {
        var evidence = new EvidenceBuilder().Exchanges(
            ExchangeBuilder.To(Positive.Operation).Json(200, """{"message":"success"}"""),
            ExchangeBuilder.To("GET", "/auth/credentials", "probe: after").Json(200, """{"items":[{"credentialUuid":"cr-1","isActive":true}]}"""));

        var outcomes = CheckHarness.Evaluate(Check, Positive, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes.Select(o => o.Status), Is.EqualTo(new[] { CheckStatus.Pass, CheckStatus.Fail }));
            Assert.That(outcomes[1].RequirementId, Is.EqualTo("dfns-legacy.credentials.list/response/schema-valid"));
        }
    }

    [TestCase(400)]
    [TestCase(418)]
    public void Evaluate_ErrorOrUndocumentedStatus_NotJudged(int status)
    {
        var outcomes = CheckHarness.Evaluate(Check, Positive, Answer(status, "application/json", """{"unexpected":true}"""));

        Assert.That(outcomes, Is.Empty);
    }

    [Test]
    public void Evaluate_TruncatedBody_IsInconclusiveInsteadOfPassing()
    {
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To(Positive.Operation).Json(200, """{"msg":""").Truncated());

        var outcome = CheckHarness.Single(Check, Positive, evidence);

        Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Inconclusive));
    }
}
