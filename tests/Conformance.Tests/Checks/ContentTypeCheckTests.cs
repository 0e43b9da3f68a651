using Conformance.Checks;
using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;
using Conformance.Tests.Scenarios;

namespace Conformance.Tests.Checks;

[TestFixture]
public sealed class ContentTypeCheckTests
{
    private const string Check = CheckNames.ContentType;

    private static Conformance.Scenarios.Scenario Positive => VendorScenarios.Dfns("dfns-legacy.credentials.activate/positive/valid-request");

    private static EvidenceBuilder Answer(int status, string? mediaType, string body) =>
        new EvidenceBuilder().Exchanges(ExchangeBuilder.To(Positive.Operation).Status(status).Body(mediaType, body));

    [TestCase("application/json")]
    [TestCase("application/json; charset=utf-8")]
    [TestCase("Application/JSON")]
    public void Evaluate_DocumentedMediaType_Passes(string mediaType)
    {
        // Act
        var outcome = CheckHarness.Single(Check, Positive, Answer(200, mediaType, """{"message":"success"}"""));

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Pass));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/response/content-type"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must));
        }
    }

    [Test]
    public void Evaluate_UndocumentedMediaType_Fails()
    {
        var outcome = CheckHarness.Single(Check, Positive, Answer(400, "text/html; charset=utf-8", "<h1>Bad Request</h1>"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/response/content-type"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(outcome.Title, Is.EqualTo("PUT /auth/credentials/activate 400 has an undocumented content type"));
            Assert.That(outcome.Expected, Is.EqualTo("application/json"));
            Assert.That(outcome.Actual, Is.EqualTo("text/html; charset=utf-8"));
            Assert.That(outcome.ExchangeIndex, Is.Zero);
        }
    }

    [Test]
    public void Evaluate_BodyWithoutContentType_Fails()
    {
        var outcome = CheckHarness.Single(Check, Positive, Answer(200, null, """{"message":"success"}"""));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.Actual, Is.EqualTo("(none)"));
        }
    }

    [Test]
    public void Evaluate_EmptyBodyOrUndocumentedStatus_NotJudged()
    {
        var evidence = new EvidenceBuilder().Exchanges(
            ExchangeBuilder.To(Positive.Operation).Status(200).Body(null, ""),
            ExchangeBuilder.To(Positive.Operation).Status(418).Body("text/plain", "teapot"));

        var outcomes = CheckHarness.Evaluate(Check, Positive, evidence);

        Assert.That(outcomes, Is.Empty);
    }

    [Test]
    public void Evaluate_UndocumentedMediaTypeOnAResponseOnlyWeChose_FailsAtShouldAsADecision()
    {
        // The legacy 404 for an unknown credential is our decision D10 (x-basis: decision): no document gives its body.
        var outcome = CheckHarness.Single(Check, Positive, Answer(404, "text/html; charset=utf-8", "<h1>Not Found</h1>"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/response/content-type"));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Should), "the vendor never documented this answer");
            Assert.That(outcome.Requirement!.Basis, Is.EqualTo(EvidenceBasis.Decision));
        }
    }
}
