using Conformance.Checks;
using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;
using Conformance.Tests.Scenarios;

namespace Conformance.Tests.Checks;

[TestFixture]
public sealed class ExactlyOneAcceptedCheckTests
{
    private const string Check = CheckNames.ExactlyOneAccepted;
    private const string Requirement = "dfns-legacy.credentials.activate/nonce/concurrent-replay-one-accepted";
    private const string Success = """{"message":"success"}""";
    private const string NonceUsed = """{"error":{"message":"request nonce has already been used"}}""";

    private static Conformance.Scenarios.Scenario Burst => VendorScenarios.Dfns("dfns-legacy.credentials.activate/nonce/replayed-concurrently");

    /// <summary>A burst of stimuli with the given statuses (null: no response), plus a probe that is not part of it.</summary>
    private static EvidenceBuilder Answers(params int?[] statuses)
    {
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To("GET", "/auth/credentials", "probe: before").Json(200, """{"items":[]}"""));
        for (var i = 0; i < statuses.Length; i++)
        {
            var exchange = ExchangeBuilder.To(Burst.Operation, $"stimulus #{i + 1}");
            evidence.Exchanges(statuses[i] is { } s ? exchange.Json(s, s == 200 ? Success : NonceUsed) : exchange.NoResponse("timeout"));
        }

        return evidence;
    }

    [Test]
    public void Evaluate_OneAcceptedOthersRefused_Passes()
    {
        // Act
        var outcome = CheckHarness.Single(Check, Burst, Answers(400, 400, 200, 400, 400));

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Pass));
            Assert.That(outcome.RequirementId, Is.EqualTo(Requirement));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(outcome.Title, Is.EqualTo("exactly one of 5 accepted"));
        }
    }

    [Test]
    public void Evaluate_TwoAccepted_Fails()
    {
        var outcome = CheckHarness.Single(Check, Burst, Answers(200, 400, 200, 400, 400));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.RequirementId, Is.EqualTo(Requirement));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(outcome.Title, Is.EqualTo("2 of 5 requests sharing one nonce were accepted"));
            Assert.That(outcome.Expected, Is.EqualTo("exactly 1 accepted, 4 refused with 400"));
            Assert.That(outcome.Actual, Is.EqualTo("2× 200, 3× 400"));
        }
    }

    [Test]
    public void Evaluate_NoneAccepted_Fails()
    {
        var outcome = CheckHarness.Single(Check, Burst, Answers(400, 400, 400));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.Title, Is.EqualTo("0 of 3 requests sharing one nonce were accepted"));
        }
    }

    [Test]
    public void Evaluate_OthersNotRefusedAsDocumented_Fails()
    {
        var outcome = CheckHarness.Single(Check, Burst, Answers(200, 500, null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.Title, Is.EqualTo("1 of 3 requests sharing one nonce were accepted"));
            Assert.That(outcome.Actual, Is.EqualTo("1× 200, 1× 500, 1× no response"));
        }
    }

    [Test]
    public void Evaluate_NoStimulus_Skips()
    {
        var outcome = CheckHarness.Single(Check, Burst, Answers());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Skip));
            Assert.That(outcome.RequirementId, Is.EqualTo(Requirement));
            Assert.That(outcome.Title, Is.EqualTo("no request of the burst was sent"));
        }
    }
}
