using Conformance.Checks;
using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;
using Conformance.Tests.Scenarios;

namespace Conformance.Tests.Checks;

[TestFixture]
public sealed class ExpectedStatusCheckTests
{
    private const string Check = CheckNames.ExpectedStatus;
    private const string ReplayRejected = "dfns-legacy.credentials.activate/nonce/replay-rejected";
    private const string NonceUsed = """{"error":{"message":"request nonce has already been used"}}""";

    private static Conformance.Scenarios.Scenario Replay => VendorScenarios.Dfns("dfns-legacy.credentials.activate/nonce/replayed");

    private static ExchangeBuilder Activate(string label = "stimulus") => ExchangeBuilder.To(Replay.Operation, label);

    [Test]
    public void Evaluate_StimulusGotTheExpectedStatus_Passes()
    {
        // Arrange: the first use of the nonce was accepted; only the replay is the stimulus.
        var evidence = new EvidenceBuilder().Exchanges(
            Activate("step: first use of the nonce").Json(200, """{"message":"success"}"""),
            Activate().Json(400, NonceUsed));

        // Act
        var outcome = CheckHarness.Single(Check, Replay, evidence);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Pass));
            Assert.That(outcome.Check, Is.EqualTo(Check));
            Assert.That(outcome.RequirementId, Is.EqualTo(ReplayRejected));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(outcome.Title, Is.EqualTo("answered 400"));
        }
    }

    [Test]
    public void Evaluate_StimulusGotAnotherStatus_FailsWithExpectedAndActual()
    {
        var evidence = new EvidenceBuilder().Exchanges(
            Activate("step: first use of the nonce").Json(200, """{"message":"success"}"""),
            Activate().Json(200, """{"message":"success"}"""));

        var outcome = CheckHarness.Single(Check, Replay, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(outcome.RequirementId, Is.EqualTo(ReplayRejected));
            Assert.That(outcome.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(outcome.Title, Is.EqualTo($"{Replay.Stimulus}: unexpected answer"));
            Assert.That(outcome.Expected, Is.EqualTo("status 400"));
            Assert.That(outcome.Actual, Is.EqualTo("""200 application/json {"message":"success"}"""));
            Assert.That(outcome.ExchangeIndex, Is.EqualTo(1), "points at the stimulus, not at the first use");
        }
    }

    [Test]
    public void Evaluate_NoResponse_IsInconclusiveNamingTheTransportError()
    {
        var evidence = new EvidenceBuilder().Exchanges(Activate().NoResponse("connection refused"));

        var outcome = CheckHarness.Single(Check, Replay, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Inconclusive), "no answer says nothing about the requirement");
            Assert.That(outcome.Title, Does.Contain("connection refused"));
            Assert.That(outcome.Actual, Is.EqualTo("no response (connection refused)"));
        }
    }

    [TestCase(429, null)]
    [TestCase(503, "7")]
    public void Evaluate_Throttled_IsInconclusiveNotTheTargetsFailure(int status, string? retryAfter)
    {
        var exchange = Activate().Json(status, "{}");
        if (retryAfter is not null) exchange = exchange.Header("Retry-After", retryAfter);
        var evidence = new EvidenceBuilder().Exchanges(exchange);

        var outcome = CheckHarness.Single(Check, Replay, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Inconclusive));
            Assert.That(outcome.Title, Does.Contain("throttled"));
        }
    }

    [TestCase(401, new[] { CheckStatus.Pass })]
    [TestCase(403, new[] { CheckStatus.Pass, CheckStatus.Fail })]
    [TestCase(200, new[] { CheckStatus.Fail })]
    public void Evaluate_PreferredStatus_IsComparedAtItsOwnLevel(int status, CheckStatus[] expected)
    {
        // "Refused" (4xx) at the requirement's level; RFC 6750's 401 preferred at SHOULD.
        var refused = Replay with
        {
            Requirement = Replay.Requirement with { Expect = new Expectation(StatusMatcher.OfClass(4)) { PreferredStatus = StatusMatcher.Exactly(401) } },
        };
        var evidence = new EvidenceBuilder().Exchanges(Activate().Json(status, "{}"));

        var outcomes = CheckHarness.Evaluate(Check, refused, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes.Select(o => o.Status), Is.EqualTo(expected));
            Assert.That(outcomes.Where(o => o.Status == CheckStatus.Fail).Select(o => o.Level),
                Is.EqualTo(status == 403 ? new[] { RequirementLevel.Should } : status == 200 ? new[] { RequirementLevel.Must } : Array.Empty<RequirementLevel>()));
        }
    }

    [Test]
    public void Evaluate_PreferredStatusWithItsOwnSource_CitesThatSource()
    {
        // senhasegura: refusing an invalid token is documented (MUST); 401 is RFC 6750's SHOULD.
        var invalid = VendorScenarios.Senhasegura("senhasegura.credentials.enable/auth/oauth2-invalid");
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To(invalid.Operation).Json(403, "{}"));

        var outcomes = CheckHarness.Evaluate(Check, invalid, evidence);

        var preference = outcomes.Single(o => o.Status == CheckStatus.Fail);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes.Count(o => o.Status == CheckStatus.Pass), Is.EqualTo(1), "403 is a refusal: the documented MUST holds");
            Assert.That(preference.Level, Is.EqualTo(RequirementLevel.Should));
            Assert.That(preference.Requirement?.Source, Is.EqualTo("https://www.rfc-editor.org/rfc/rfc6750#section-3.1"));
            Assert.That(preference.Requirement?.Basis, Is.EqualTo(EvidenceBasis.Standard));
            Assert.That(preference.Requirement?.Quote, Does.Contain("SHOULD respond with the HTTP 401"));
            Assert.That(preference.RequirementId, Is.EqualTo("senhasegura.credentials.enable/auth/invalid-rejected"));
        }
    }

    [Test]
    public void Evaluate_503WithoutRetryAfter_IsAServerAnswerNotThrottling()
    {
        var evidence = new EvidenceBuilder().Exchanges(Activate().Json(503, "{}"));

        var outcome = CheckHarness.Single(Check, Replay, evidence);

        Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Fail));
    }

    [TestCase(400)]
    [TestCase(404)]
    public void Evaluate_StatusInTheExpectedList_Passes(int status)
    {
        var unknown = VendorScenarios.Dfns("dfns-legacy.credentials.activate/unknown-id/not-found");
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To(unknown.Operation).Json(status, """{"error":{"message":"Credential not found"}}"""));

        var outcome = CheckHarness.Single(Check, unknown, evidence);

        Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [TestCase(422, CheckStatus.Pass)]
    [TestCase(200, CheckStatus.Fail)]
    [TestCase(500, CheckStatus.Fail)]
    public void Evaluate_StatusClass_MatchesTheWholeClass(int status, CheckStatus expected)
    {
        // senhasegura's GET declares no schema requirement: the generic 4xx applies.
        var wrongType = VendorScenarios.Senhasegura("senhasegura.credentials.get/schema/id-wrong-type");
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To("GET", "/api/pam/credential/not-a-number").Json(status, "{}"));

        var outcome = CheckHarness.Single(Check, wrongType, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(expected));
            Assert.That(outcome.RequirementId, Is.EqualTo("senhasegura.credentials.get/schema/invalid-rejected"));
        }
    }

    [Test]
    public void Evaluate_EveryStimulusOfABurst_IsJudged()
    {
        var evidence = new EvidenceBuilder().Exchanges(
            Activate("stimulus #1").Json(400, NonceUsed),
            ExchangeBuilder.To("GET", "/auth/credentials", "probe: after").Json(200, """{"items":[]}"""),
            Activate("stimulus #2").Json(200, """{"message":"success"}"""));

        var outcomes = CheckHarness.Evaluate(Check, Replay, evidence);

        Assert.That(outcomes.Select(o => (o.Status, o.ExchangeIndex)), Is.EqualTo(new[] { (CheckStatus.Pass, (int?)null), (CheckStatus.Fail, (int?)2) }), "failures point at their exchange");
    }

    [Test]
    public void Evaluate_NoStimulusRecorded_IsInconclusiveNeverPass()
    {
        // E.g. the user-action completion scenario whose init step was refused: only setup exchanges exist.
        var complete = VendorScenarios.Dfns("dfns-legacy.auth.action.complete/positive/signed-challenge");
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To("POST", "/auth/action/init", "setup: user action").Json(403, """{"error":{"message":"denied"}}"""));

        var outcomes = CheckHarness.Evaluate(Check, complete, evidence);
        var (verdict, _) = Judge.Evaluate(complete, evidence.Build(), VendorScenarios.DfnsDocument);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes.Select(o => o.Status), Is.EqualTo(new[] { CheckStatus.Inconclusive }));
            Assert.That(verdict, Is.EqualTo(Verdict.Inconclusive), "the init step's own scenario judges its refusal; this one cannot tell");
        }
    }

    [Test]
    public void Evaluate_RequirementWithoutExpectedStatus_Skips()
    {
        var watched = VendorScenarios.Dfns("dfns-legacy.credentials.activate/state/others-unchanged");
        var others = watched with { Requirement = watched.Requirement with { Expect = null } };
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To(others.Operation).Json(200, """{"message":"success"}"""));

        var outcome = CheckHarness.Single(Check, others, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Skip));
            Assert.That(outcome.RequirementId, Is.EqualTo("dfns-legacy.credentials.activate/state/others-unchanged"));
            Assert.That(outcome.Title, Is.EqualTo("the requirement states no expected status"));
        }
    }
}
