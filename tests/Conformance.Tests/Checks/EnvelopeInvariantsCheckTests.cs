using Conformance.Checks;
using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;
using Conformance.Tests.Scenarios;

namespace Conformance.Tests.Checks;

[TestFixture]
public sealed class EnvelopeInvariantsCheckTests
{
    private const string Check = CheckNames.EnvelopeInvariants;
    private const string Requirement = "senhasegura.credentials.enable/envelope/invariants";

    private static Conformance.Scenarios.Scenario Repeat => VendorScenarios.Senhasegura("senhasegura.credentials.enable/idempotent/repeat");

    private static EvidenceBuilder Answer(int status, string json) =>
        new EvidenceBuilder().Exchanges(ExchangeBuilder.To(Repeat.Operation).Json(status, json));

    private static string Envelope(int code, int status, string message, string mensagem, string spelling = "mensagem") =>
        $$$"""{"code":{{{code}}},"response":{"status":{{{status}}},"message":"{{{message}}}","error":true,"error_code":1,"detail":"","{{{spelling}}}":"{{{mensagem}}}","erro":true,"cod_erro":1},"exception":{"code":1043,"message":"{{{message}}}","detail":null}}""";

    [Test]
    public void Evaluate_EnvelopeKeepsEveryInvariant_PassesEach()
    {
        // Act
        var outcomes = CheckHarness.Evaluate(Check, Repeat, Answer(400, Envelope(400, 400, "1043: x", "1043: x")));

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes, Has.Count.EqualTo(4), "one outcome per invariant");
            Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(CheckStatus.Pass));
            Assert.That(outcomes.Select(o => o.RequirementId), Is.All.EqualTo(Requirement));
            Assert.That(outcomes.Select(o => o.Level), Is.All.EqualTo(RequirementLevel.Must));
        }
    }

    [Test]
    public void Evaluate_CodeDisagreesWithHttpStatus_Fails()
    {
        var outcomes = CheckHarness.Evaluate(Check, Repeat, Answer(400, Envelope(200, 400, "1043: x", "1043: x")));

        var failure = outcomes.Single(o => o.Status == CheckStatus.Fail);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.RequirementId, Is.EqualTo(Requirement));
            Assert.That(failure.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(failure.Title, Is.EqualTo("envelope invariant $status = code = response.status broken"));
            Assert.That(failure.Expected, Is.EqualTo("$status = code = response.status all equal"));
            Assert.That(failure.Actual, Is.EqualTo("$status=400, code=200, response.status=400"));
            Assert.That(failure.ExchangeIndex, Is.Zero);
        }
    }

    [Test]
    public void Evaluate_PortugueseMessageDiffers_Fails()
    {
        var outcomes = CheckHarness.Evaluate(Check, Repeat, Answer(400, Envelope(400, 400, "1043: x", "1043: y")));

        var failure = outcomes.Single(o => o.Status == CheckStatus.Fail);
        Assert.That(failure.Actual, Is.EqualTo("""response.message="1043: x", response.mensagem|response.Message="1043: y" """.TrimEnd()));
    }

    [Test]
    public void Evaluate_AlternativeSpelling_IsCompared()
    {
        var outcomes = CheckHarness.Evaluate(Check, Repeat, Answer(400, Envelope(400, 400, "1043: x", "1043: x", spelling: "Message")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes, Has.Count.EqualTo(4));
            Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(CheckStatus.Pass));
        }
    }

    [Test]
    public void Evaluate_InvariantWithOneMemberPresent_NotJudged()
    {
        // Only $status and response.status are present: one invariant can be judged.
        var outcome = CheckHarness.Single(Check, Repeat, Answer(200, """{"response":{"status":200}}"""));

        Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public void Evaluate_BodyWithoutEnvelope_NotJudged()
    {
        var outcomes = CheckHarness.Evaluate(Check, Repeat, Answer(404, """{"message":"no Route matched with those values"}"""));

        Assert.That(outcomes, Is.Empty);
    }

    [Test]
    public void Evaluate_SpecWithoutEnvelope_NotJudged()
    {
        var positive = VendorScenarios.Dfns("dfns-legacy.credentials.activate/positive/valid-request");
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To(positive.Operation).Json(200, """{"code":500,"response":{"status":200}}"""));

        var outcomes = CheckHarness.Evaluate(Check, positive, evidence);

        Assert.That(outcomes, Is.Empty);
    }
}
