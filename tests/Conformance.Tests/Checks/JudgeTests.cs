using Conformance.Checks;
using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;
using Conformance.Tests.Scenarios;

namespace Conformance.Tests.Checks;

/// <summary>FAIL when a MUST broke, WARN when only a SHOULD broke, PASS otherwise (a broken MAY is recorded only).</summary>
[TestFixture]
public sealed class JudgeTests
{
    private const string Success = """{"message":"success"}""";

    private static Scenario Replay => VendorScenarios.Dfns("dfns-legacy.credentials.activate/nonce/replayed");

    private static (Verdict Verdict, IReadOnlyList<CheckOutcome> Outcomes) Judged(Scenario scenario, EvidenceBuilder evidence) =>
        Judge.Evaluate(scenario, evidence.Build(), VendorScenarios.DocumentOf(scenario));

    private static EvidenceBuilder ReplayAnswered(int status, string json) => new EvidenceBuilder()
        .Fixture("credential")
        .State(ScenarioEvidence.BeforeReplay, "inactive")
        .State(ScenarioEvidence.After, "inactive")
        .Exchanges(
            ExchangeBuilder.To(Replay.Operation, "step: first use of the nonce").Json(200, Success),
            ExchangeBuilder.To(Replay.Operation).Json(status, json));

    [Test]
    public void Evaluate_EverythingHolds_Pass()
    {
        // Act
        var (verdict, outcomes) = Judged(Replay, ReplayAnswered(400, """{"error":{"message":"request nonce has already been used"}}"""));

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict, Is.EqualTo(Verdict.Pass));
            Assert.That(outcomes.Where(o => o.Status == CheckStatus.Fail), Is.Empty);
            Assert.That(outcomes.Select(o => o.Check).Distinct(), Is.SupersetOf(new[] { CheckNames.ExpectedStatus, CheckNames.ExpectedMessage, CheckNames.ReplayHadNoEffect }));
        }
    }

    [Test]
    public void Evaluate_MustBroken_Fail()
    {
        // The replay is accepted: expected_status (MUST) fails.
        var (verdict, outcomes) = Judged(Replay, ReplayAnswered(200, Success));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(outcomes.Where(o => o.Status == CheckStatus.Fail).Select(o => (o.Check, o.RequirementId, o.Level)),
                Is.EqualTo(new[] { (CheckNames.ExpectedStatus, "dfns-legacy.credentials.activate/nonce/replay-rejected", RequirementLevel.Must) }));
        }
    }

    [Test]
    public void Evaluate_MustBrokenOnAProbe_Fail()
    {
        // The probe's 200 body breaks the schema the vendor's OpenAPI declares (specified, MUST).
        var evidence = ReplayAnswered(400, """{"error":{"message":"request nonce has already been used"}}""")
            .Exchanges(ExchangeBuilder.To("GET", "/auth/credentials", "probe: after").Json(200, """{"credentials":[]}"""));

        var (verdict, outcomes) = Judged(Replay, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(outcomes.Where(o => o.Status == CheckStatus.Fail).Select(o => o.RequirementId), Does.Contain("dfns-legacy.credentials.list/response/schema-valid"));
        }
    }

    [Test]
    public void Evaluate_ServerErrorOnAProbe_WarnsOnly()
    {
        // seeds/004 documents a 500: "never 5xx" is our convention, at SHOULD.
        var evidence = ReplayAnswered(400, """{"error":{"message":"request nonce has already been used"}}""")
            .Exchanges(ExchangeBuilder.To("GET", "/auth/credentials", "probe: after").Json(500, """{"error":{"message":"Internal Server Error"}}"""));

        var (verdict, outcomes) = Judged(Replay, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict, Is.EqualTo(Verdict.Warn));
            Assert.That(outcomes.Where(o => o.Status == CheckStatus.Fail).Select(o => (o.RequirementId, o.Level)),
                Does.Contain(("dfns-legacy.credentials.list/response/no-5xx", RequirementLevel.Should)));
        }
    }

    [Test]
    public void Evaluate_OnlyShouldBroken_Warn()
    {
        // Right status, the other documented 401 wording (D9): the message is compared at SHOULD.
        var missing = VendorScenarios.Dfns("dfns-legacy.credentials.activate/auth/authenticationToken-missing");
        var (verdict, outcomes) = Judged(missing, new EvidenceBuilder().Exchanges(
            ExchangeBuilder.To(missing.Operation).Json(401, """{"error":{"message":"user token is missing or invalid"}}""")));

        var failures = outcomes.Where(o => o.Status == CheckStatus.Fail).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict, Is.EqualTo(Verdict.Warn));
            Assert.That(failures.Select(o => (o.Check, o.Level)), Is.EqualTo(new[] { (CheckNames.ExpectedMessage, RequirementLevel.Should) }));
        }
    }

    [Test]
    public void Evaluate_OnlyMayBroken_PassWithTheFailureRecorded()
    {
        // Dfns's own "request body is invalid" is MAY-level (D14).
        var schema = VendorScenarios.Dfns("dfns-legacy.credentials.activate/schema/credentialUuid-missing");
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To(schema.Operation).Json(400, """{"error":{"message":"credentialUuid is required"}}"""));

        var (verdict, outcomes) = Judged(schema, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict, Is.EqualTo(Verdict.Pass));
            Assert.That(outcomes.Where(o => o.Status == CheckStatus.Fail).Select(o => (o.Check, o.Level)), Is.EqualTo(new[] { (CheckNames.ExpectedMessage, RequirementLevel.May) }));
        }
    }

    [Test]
    public void Evaluate_ShouldAndMustBroken_Fail()
    {
        var (verdict, _) = Judged(Replay, ReplayAnswered(401, """{"error":{"message":"Not Authorized."}}"""));

        Assert.That(verdict, Is.EqualTo(Verdict.Fail));
    }

    [Test]
    public void Evaluate_RunsTheScenarioChecksInOrderOnce()
    {
        var positive = VendorScenarios.Dfns("dfns-legacy.credentials.activate/positive/valid-request");
        var doubled = positive with { Checks = [.. positive.Checks, .. positive.Checks] };
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To(positive.Operation).Json(200, Success));

        var (verdict, outcomes) = Judged(doubled, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict, Is.EqualTo(Verdict.Pass));
            Assert.That(outcomes.Select(o => o.Check), Is.EqualTo(new[]
            {
                CheckNames.ExpectedStatus, CheckNames.StatusDocumented, CheckNames.ResponseSchema, CheckNames.ContentType, CheckNames.NoServerError,
            }), "each check once, in the scenario's order; checks with nothing to judge say nothing");
        }
    }

    [Test]
    public void Evaluate_UnknownCheckName_Throws()
    {
        var positive = VendorScenarios.Dfns("dfns-legacy.credentials.activate/positive/valid-request");

        Assert.That(() => Judged(positive with { Checks = ["no_such_check"] }, new EvidenceBuilder()),
            Throws.ArgumentException.With.Message.Contains("no check named 'no_such_check'"));
    }
}
