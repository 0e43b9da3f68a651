using Conformance.Checks;
using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;
using Conformance.Tests.Scenarios;

namespace Conformance.Tests.Checks;

[TestFixture]
public sealed class ExpectedMessageCheckTests
{
    private const string Check = CheckNames.ExpectedMessage;

    private static Conformance.Scenarios.Scenario Replay => VendorScenarios.Dfns("dfns-legacy.credentials.activate/nonce/replayed");

    private static Conformance.Scenarios.Scenario Repeat => VendorScenarios.Senhasegura("senhasegura.credentials.enable/idempotent/repeat");

    private static Conformance.Scenarios.Scenario BearerMissing => VendorScenarios.Dfns("dfns-legacy.credentials.activate/auth/authenticationToken-missing");

    private static EvidenceBuilder Answer(Conformance.Scenarios.Scenario scenario, int status, string json) =>
        new EvidenceBuilder().Exchanges(ExchangeBuilder.To(scenario.Operation).Json(status, json));

    private static string Business(int code, string message) =>
        $$$"""{"code":400,"response":{"status":400,"message":"{{{message}}}","error":true,"error_code":1,"detail":"","mensagem":"{{{message}}}","erro":true,"cod_erro":1},"exception":{"code":{{{code}}},"message":"{{{message}}}","detail":null}}""";

    [Test]
    public void Evaluate_DocumentedMessage_PassesAtMust()
    {
        // Act
        var outcome = CheckHarness.Single(Check, Replay, Answer(Replay, 400, """{"error":{"message":"request nonce has already been used"}}"""));

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Pass));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/nonce/replay-rejected"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must), "seeds/004 documents this message for this case: message-level MUST");
            Assert.That(outcome.Title, Is.EqualTo("message \"request nonce has already been used\""));
        }
    }

    [Test]
    public void Evaluate_OtherDocumentedMessage_FailsAtMust()
    {
        // Both nonce errors are 400: the documented message is what tells them apart.
        var outcome = CheckHarness.Single(Check, Replay, Answer(Replay, 400, """{"error":{"message":"request nonce is missing or invalid"}}"""));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/nonce/replay-rejected"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(outcome.Title, Is.EqualTo("the error message is not the documented one"));
            Assert.That(outcome.Expected, Is.EqualTo("error.message = \"request nonce has already been used\""));
            Assert.That(outcome.Actual, Is.EqualTo("\"request nonce is missing or invalid\""));
            Assert.That(outcome.ExchangeIndex, Is.Zero);
        }
    }

    [Test]
    public void Evaluate_MessageWithoutLevel_IsComparedAtShould()
    {
        // D9: two documented wordings for 401; the spec names one and leaves message-level at its default.
        var outcome = CheckHarness.Single(Check, BearerMissing, Answer(BearerMissing, 401, """{"error":{"message":"user token is missing or invalid"}}"""));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/auth/missing-rejected"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Should), "a message is compared at SHOULD unless message-level says otherwise");
        }
    }

    [Test]
    public void Evaluate_NoMessageField_FailsDescribingTheBody()
    {
        var outcome = CheckHarness.Single(Check, Replay, Answer(Replay, 400, """{"message":"request nonce has already been used"}"""));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.Actual, Does.StartWith("no error.message in 400 application/json"));
        }
    }

    [Test]
    public void Evaluate_StatusOtherThanExpected_LeavesItToExpectedStatus()
    {
        var outcomes = CheckHarness.Evaluate(Check, Replay, Answer(Replay, 200, """{"message":"success"}"""));

        Assert.That(outcomes, Is.Empty);
    }

    [Test]
    public void Evaluate_MessageWithDocumentedPrefix_Passes()
    {
        var outcome = CheckHarness.Single(Check, Repeat, Answer(Repeat, 400, Business(1043, "1043: Credential is already activated!")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Pass));
            Assert.That(outcome.RequirementId, Is.EqualTo("senhasegura.credentials.enable/idempotent/repeat"));
        }
    }

    [Test]
    public void Evaluate_MessageWithOtherBusinessCode_FailsAtMust()
    {
        // Every senhasegura business error is HTTP 400: the documented code is the whole verdict.
        var outcome = CheckHarness.Single(Check, Repeat, Answer(Repeat, 400, Business(1008, "1008: Credential inactive")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(outcome.Expected, Is.EqualTo("response.message starting with \"1043:\""));
            Assert.That(outcome.Actual, Is.EqualTo("\"1008: Credential inactive\""));
        }
    }

    [Test]
    public void Evaluate_NotACredentialAnsweredAsNotFound_FailsAtMust()
    {
        // Issue 9: "1007" where "1010" is documented is another error, though both are HTTP 400.
        var notACredential = VendorScenarios.Senhasegura("senhasegura.credentials.enable/unknown-id/not-a-credential");

        var outcome = CheckHarness.Single(Check, notACredential, Answer(notACredential, 400, Business(1007, "1007: Credential not found")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.RequirementId, Is.EqualTo("senhasegura.credentials.enable/unknown-id/not-a-credential"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(outcome.Expected, Is.EqualTo("response.message starting with \"1010:\""));
        }
    }

    [Test]
    public void Evaluate_MessageLevelMay_FailsAtMay()
    {
        var schema = VendorScenarios.Dfns("dfns-legacy.credentials.activate/schema/credentialUuid-missing");

        var outcome = CheckHarness.Single(Check, schema, Answer(schema, 400, """{"error":{"message":"credentialUuid is required"}}"""));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/schema/required-rejected"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.May));
        }
    }

    [Test]
    public void Evaluate_NoMessageExpected_Nothing()
    {
        var positive = VendorScenarios.Dfns("dfns-legacy.credentials.activate/positive/valid-request");

        var outcomes = CheckHarness.Evaluate(Check, positive, Answer(positive, 200, """{"message":"anything"}"""));

        Assert.That(outcomes, Is.Empty);
    }
}
