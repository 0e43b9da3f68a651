using Conformance.Checks;
using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;
using Conformance.Tests.Scenarios;

namespace Conformance.Tests.Checks;

[TestFixture]
public sealed class ErrorShapeCheckTests
{
    private const string Check = CheckNames.ErrorShape;

    private static Conformance.Scenarios.Scenario Missing => VendorScenarios.Dfns("dfns-legacy.credentials.activate/auth/authenticationToken-missing");

    private static EvidenceBuilder Answer(int status, string json) =>
        new EvidenceBuilder().Exchanges(ExchangeBuilder.To(Missing.Operation).Json(status, json));

    [Test]
    public void Evaluate_ErrorBodyOfTheDocumentedShape_Passes()
    {
        // Act
        var outcome = CheckHarness.Single(Check, Missing, Answer(401, """{"error":{"message":"Not Authorized."}}"""));

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Pass));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/response/error-shape"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must));
        }
    }

    [Test]
    public void Evaluate_ErrorBodyOfAnotherShape_FailsNamingTheSchema()
    {
        var outcome = CheckHarness.Single(Check, Missing, Answer(401, """{"message":"Not Authorized."}"""));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/response/error-shape"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(outcome.Title, Is.EqualTo("PUT /auth/credentials/activate 401 error body does not have the documented shape"));
            Assert.That(outcome.Expected, Does.StartWith("a body valid against ").And.Contain("401"));
            Assert.That(outcome.Actual, Does.Contain("required at #").And.Contain("Not Authorized."));
        }
    }

    [Test]
    public void Evaluate_ServerErrorBody_IsJudgedToo()
    {
        var outcome = CheckHarness.Single(Check, Missing, Answer(500, """{"oops":true}"""));

        Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
    }

    [Test]
    public void Evaluate_SenhaseguraBusinessErrorWithoutException_Fails()
    {
        var repeat = VendorScenarios.Senhasegura("senhasegura.credentials.enable/idempotent/repeat");
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To(repeat.Operation).Json(400,
            """{"code":400,"response":{"status":400,"message":"1043: Credential is already activated!","error":true,"mensagem":"1043: Credential is already activated!","erro":true}}"""));

        var outcome = CheckHarness.Single(Check, repeat, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.RequirementId, Is.EqualTo("senhasegura.credentials.enable/response/error-shape"));
        }
    }

    [Test]
    public void Evaluate_SuccessBody_NotJudged()
    {
        var outcomes = CheckHarness.Evaluate(Check, Missing, Answer(200, """{"message":"success"}"""));

        Assert.That(outcomes, Is.Empty);
    }
}
