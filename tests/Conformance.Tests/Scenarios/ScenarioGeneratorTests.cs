using System.Text.RegularExpressions;
using Conformance.Checks;
using Conformance.Scenarios;
using Conformance.Scenarios.Plans;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;
using Conformance.Tests.Spec;

namespace Conformance.Tests.Scenarios;

/// <summary>What <see cref="ScenarioGenerator"/> makes of the two vendor specs (and of a plain spec, in the Generic part).</summary>
[TestFixture]
public sealed partial class ScenarioGeneratorTests
{
    /// <summary><c>&lt;vendor&gt;.&lt;operationId&gt;/&lt;class&gt;/&lt;variant&gt;</c>; variants keep the property or scheme name's case.</summary>
    private static readonly Regex VendorId = new(@"^(?<vendor>[a-z0-9-]+)\.(?<operation>[a-z0-9.]+)/(?<class>[a-z-]+)/(?<variant>[A-Za-z0-9-]+)$", RegexOptions.CultureInvariant);

    private static readonly string[] ProductClasses =
    [
        ScenarioClasses.Positive, ScenarioClasses.Schema, ScenarioClasses.Auth, ScenarioClasses.UserAction, ScenarioClasses.Nonce,
        ScenarioClasses.Idempotent, ScenarioClasses.State, ScenarioClasses.UnknownId, ScenarioClasses.Permission, ScenarioClasses.Method,
    ];

    private static IEnumerable<TestCaseData> Vendors()
    {
        yield return new TestCaseData(SpecFiles.Dfns).SetArgDisplayNames("dfns");
        yield return new TestCaseData(SpecFiles.Senhasegura).SetArgDisplayNames("senhasegura");
    }

    [TestCaseSource(nameof(Vendors))]
    public void Generate_IdsAreUnique(string spec)
    {
        // When
        var scenarios = ScenarioGenerator.Generate(SpecLoader.Load(spec));

        // Then
        Assert.That(scenarios.Select(s => s.Id), Is.Unique);
    }

    [TestCaseSource(nameof(Vendors))]
    public void Generate_TwiceFromFreshLoads_SameIdsInSameOrder(string spec)
    {
        // When
        var first = ScenarioGenerator.Generate(SpecLoader.Load(spec)).Select(s => s.Id).ToList();
        var second = ScenarioGenerator.Generate(SpecLoader.Load(spec)).Select(s => s.Id).ToList();

        // Then
        Assert.That(second, Is.EqualTo(first));
    }

    [TestCaseSource(nameof(Vendors))]
    public void Generate_TwiceFromOneDocument_SameRequestsAndRequirements(string spec)
    {
        var document = SpecLoader.Load(spec);

        // When
        var first = ScenarioGenerator.Generate(document);
        var second = ScenarioGenerator.Generate(document);

        // Then: generation is pure and deterministic, so the requests sent are the same too.
        Assert.That(second.Select(Fingerprint), Is.EqualTo(first.Select(Fingerprint)));
    }

    [TestCaseSource(nameof(Vendors))]
    public void Generate_IdsHaveTheDocumentedShape(string spec)
    {
        var document = SpecLoader.Load(spec);

        // When
        var scenarios = ScenarioGenerator.Generate(document);

        // Then
        var badShape = scenarios.Where(s => !VendorId.IsMatch(s.Id)).Select(s => s.Id).ToList();
        var notComposed = scenarios.Where(s => s.Id != $"{s.Contract}.{s.Operation.Slug}/{s.Class}/{s.Variant}").Select(s => s.Id).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(badShape, Is.Empty, "ids not of the shape <contract>.<operation>/<class>/<variant>");
            Assert.That(notComposed, Is.Empty, "ids not composed of the scenario's contract, operation slug, class and variant");
            Assert.That(scenarios.Select(s => s.Vendor).Distinct(), Is.EqualTo(new[] { document.Vendor }));
        }
    }

    [TestCaseSource(nameof(Vendors))]
    public void Generate_EveryScenarioHasStimulusRequirementAndRegisteredChecks(string spec)
    {
        // When
        var scenarios = ScenarioGenerator.Generate(SpecLoader.Load(spec));

        // Then
        var registered = CheckRegistry.Names.ToHashSet();
        foreach (var s in scenarios)
        {
            using (Assert.EnterMultipleScope())
            {
                Assert.That(s.Stimulus, Is.Not.Null.And.Not.Empty.And.Not.Contains('\n'), s.Id);
                Assert.That(s.Requirement.Id, Is.EqualTo($"{s.Contract}.{s.Operation.Slug}/{s.Requirement.Key}"), s.Id);
                Assert.That(s.Requirement.Key, Does.StartWith(s.Class + "/"), s.Id);
                Assert.That(Enum.IsDefined(s.Requirement.Level), Is.True, s.Id);
                Assert.That(s.Requirement.Source, Is.Not.Null.And.Not.Empty, s.Id);
                Assert.That(s.Requirement.Quote, Is.Not.Null.And.Not.Empty, s.Id);
                Assert.That(s.Checks, Is.Not.Empty.And.Unique, s.Id);
                Assert.That(s.Checks.Where(c => !registered.Contains(c)), Is.Empty, $"{s.Id}: a check the registry does not know");
                Assert.That(s.Plan, Is.Not.Null, s.Id);
            }
        }
    }

    [Test]
    public void Generate_Counts_PerVendorAndClass()
    {
        // When
        var dfns = Tally(VendorScenarios.AllDfns);
        var senhasegura = Tally(VendorScenarios.AllSenhasegura);

        // Then
        Print("dfns", dfns);
        Print("senhasegura", senhasegura);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(VendorScenarios.AllDfns, Has.Count.GreaterThan(200));
            Assert.That(VendorScenarios.AllSenhasegura, Has.Count.GreaterThan(40));
            Assert.That(dfns.Keys, Is.SupersetOf(ProductClasses), "every PRODUCT class has Dfns scenarios");
            Assert.That(senhasegura.Keys, Is.SupersetOf(ProductClasses.Except([ScenarioClasses.UserAction, ScenarioClasses.Nonce])));
            Assert.That(senhasegura.Keys, Has.No.Member(ScenarioClasses.Nonce).And.No.Member(ScenarioClasses.UserAction), "senhasegura has neither nonce nor user action");
        }
    }

    [Test]
    public void Generate_DfnsRepeatOfActivate_Expects200WithoutMessage()
    {
        // When
        var repeat = VendorScenarios.Dfns("dfns-legacy.credentials.activate/idempotent/repeat");

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(repeat.Requirement.Id, Is.EqualTo("dfns-legacy.credentials.activate/idempotent/repeat"));
            Assert.That(repeat.Requirement.Source, Does.StartWith("https://github.com/dfns/dfns-api-docs/"), "the public page; the seed is named apart");
            Assert.That(repeat.Requirement.Seed, Is.EqualTo("seeds/001_36f1e311857c8447.txt"));
            Assert.That(repeat.Requirement.Basis, Is.EqualTo(EvidenceBasis.Documented));
            Assert.That(repeat.Requirement.Expect?.Status.ToString(), Is.EqualTo("200"));
            Assert.That(repeat.Requirement.Expect?.MessagePrefix, Is.Null);
            Assert.That(repeat.Plan, Is.InstanceOf<RepeatPlan>());
            Assert.That(((RepeatPlan)repeat.Plan).Fixture.StartState, Is.EqualTo("active"), "a repeat starts where the operation leads");
            Assert.That(repeat.Checks, Does.Contain(CheckNames.StateUnchanged));
        }
    }

    [Test]
    public void Generate_SenhaseguraRepeatOfEnable_Expects400With1043Prefix()
    {
        // When
        var repeat = VendorScenarios.Senhasegura("senhasegura.credentials.enable/idempotent/repeat");

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(repeat.Requirement.Id, Is.EqualTo("senhasegura.credentials.enable/idempotent/repeat"));
            Assert.That(repeat.Requirement.Expect?.Status.ToString(), Is.EqualTo("400"));
            Assert.That(repeat.Requirement.Expect?.MessagePrefix, Is.EqualTo("1043:"));
            Assert.That(repeat.Requirement.Expect?.MessageLevel, Is.EqualTo(RequirementLevel.Must), "on senhasegura every business error is 400: the documented code is the verdict");
            Assert.That(((RepeatPlan)repeat.Plan).Fixture.StartState, Is.EqualTo("active"));
            Assert.That(repeat.Checks, Does.Contain(CheckNames.StateUnchanged).And.Contain(CheckNames.ExpectedMessage));
        }
    }

    [Test]
    public void Generate_NonceReplay_JudgesReplayAndItsEffect()
    {
        // When
        var replay = VendorScenarios.Dfns("dfns-legacy.credentials.activate/nonce/replayed");

        // Then
        var plan = (NonceReplayPlan)replay.Plan;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(replay.Requirement.Id, Is.EqualTo("dfns-legacy.credentials.activate/nonce/replay-rejected"));
            Assert.That(replay.Requirement.Expect?.Message, Is.EqualTo("request nonce has already been used"));
            Assert.That(replay.Secondary.Select(r => r.Id), Is.EqualTo(new[] { "dfns-legacy.credentials.activate/nonce/replay-no-effect" }));
            Assert.That(replay.Checks, Does.Contain(CheckNames.ReplayHadNoEffect));
            Assert.That(plan.ResetOperation, Is.EqualTo("credentials.deactivate"));
            Assert.That(plan.Fixture?.StartState, Is.EqualTo("inactive"));
        }
    }

    [Test]
    public void Generate_ConcurrentReplay_UsesTheBurstOptionAndNoPerRequestStatusCheck()
    {
        // When
        var scenarios = ScenarioGenerator.Generate(VendorScenarios.DfnsDocument, new GeneratorOptions(ConcurrentBurst: 3));

        // Then
        var burst = scenarios.Single(s => s.Id == "dfns-legacy.credentials.activate/nonce/replayed-concurrently");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(((ConcurrentReplayPlan)burst.Plan).Burst, Is.EqualTo(3));
            Assert.That(burst.Stimulus, Does.StartWith("sends 3 valid requests"));
            Assert.That(burst.Checks, Does.Contain(CheckNames.ExactlyOneAccepted));
            Assert.That(burst.Checks, Does.Not.Contain(CheckNames.ExpectedStatus), "one request of the burst is meant to be accepted");
        }
    }

    [Test]
    public void Generate_StateTransition_ReadsBackTheEffectAndTheInverse()
    {
        // When
        var transition = VendorScenarios.Dfns("dfns-legacy.credentials.activate/state/transition");

        // Then
        var plan = (TransitionPlan)transition.Plan;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.Fixture, Is.EqualTo(new FixtureNeed("credential", "inactive")));
            Assert.That(plan.ExpectedState, Is.EqualTo("active"));
            Assert.That(plan.InverseOperation, Is.EqualTo("credentials.deactivate"));
            Assert.That(plan.InverseState, Is.EqualTo("inactive"));
            Assert.That(transition.Checks, Does.Contain(CheckNames.StateReached).And.Contain(CheckNames.InverseStateReached));
            Assert.That(transition.FixtureKind, Is.EqualTo("credential"));
        }
    }

    [Test]
    public void Generate_RefusedStateChange_GuardsTheFixtureState()
    {
        // When
        var missingToken = VendorScenarios.Dfns("dfns-legacy.credentials.activate/auth/authenticationToken-missing");

        // Then
        var plan = (SingleRequestPlan)missingToken.Plan;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.Fixture, Is.EqualTo(new FixtureNeed("credential", "inactive")), "starts where the operation would show");
            Assert.That(plan.Auth.Omit, Is.EquivalentTo(new[] { "authenticationToken" }));
            Assert.That(missingToken.Checks, Does.Contain(CheckNames.StateUnchanged));
            Assert.That(missingToken.Requirement.Expect?.Message, Is.EqualTo("Not Authorized."));
        }
    }

    [Test]
    public void Generate_UserActionCompletion_GetsNoNonceScenarios()
    {
        // When
        var complete = VendorScenarios.AllDfns.Where(s => s.Operation.Slug == "auth.action.complete").ToList();

        // Then: its valid request needs a fresh signature, so a replay would pass vacuously.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(complete.Select(s => s.Class), Has.No.Member(ScenarioClasses.Nonce));
            Assert.That(complete.Single(s => s.Class == ScenarioClasses.Positive).Plan, Is.InstanceOf<AuthFlowPlan>());
        }
    }

    [Test]
    public void Generate_TokenEndpoint_GetsClientCredentialScenariosOnly()
    {
        // When
        var token = VendorScenarios.AllSenhasegura.Where(s => s.Operation.Slug == "oauth2.token").Select(s => s.Id).ToList();

        // Then
        Assert.That(token, Is.EquivalentTo(new[]
        {
            "senhasegura.oauth2.token/positive/client-credentials",
            "senhasegura.oauth2.token/auth/client-secret-wrong",
            "senhasegura.oauth2.token/method/get",
            "senhasegura.oauth2.token/method/put",
            "senhasegura.oauth2.token/method/delete",
            "senhasegura.oauth2.token/method/patch",
        }));
    }

    [Test]
    public void Generate_UndocumentedMethods_OncePerPath()
    {
        // When
        var methods = VendorScenarios.AllSenhasegura.Where(s => s.Class == ScenarioClasses.Method && s.Operation.Path == "/api/pam/credential/{id}").Select(s => s.Id).ToList();

        // Then: PUT, DELETE and GET are documented on the path; the scenarios hang off its first operation.
        Assert.That(methods, Is.EqualTo(new[] { "senhasegura.credentials.enable/method/post", "senhasegura.credentials.enable/method/patch" }));
    }

    [Test]
    public void Generate_PermissionsAndFixtureCases_ComeFromTheSpec()
    {
        // When
        var denied = VendorScenarios.Senhasegura("senhasegura.credentials.enable/permission/denied-no-pam-permission");
        var noAccess = VendorScenarios.Senhasegura("senhasegura.credentials.enable/permission/no-access-no-credential-access");
        var notCredential = VendorScenarios.Senhasegura("senhasegura.credentials.enable/unknown-id/not-a-credential");

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(denied.Requirement.Expect?.MessagePrefix, Is.EqualTo("1039:"));
            Assert.That(((SingleRequestPlan)denied.Plan).Auth.Identity, Is.EqualTo("no-pam-permission"));
            Assert.That(noAccess.Requirement.Id, Is.EqualTo("senhasegura.credentials.enable/permission/no-access"));
            Assert.That(noAccess.Requirement.Expect?.MessagePrefix, Is.EqualTo("1009:"));
            Assert.That(notCredential.FixtureKind, Is.EqualTo("not-a-credential"));
            Assert.That(notCredential.Requirement.Expect?.MessagePrefix, Is.EqualTo("1010:"));
        }
    }

    [Test]
    public void Generate_UnknownId_SendsTheConfiguredId()
    {
        // When
        var dfns = VendorScenarios.Dfns("dfns-legacy.credentials.activate/unknown-id/not-found");
        var senhasegura = VendorScenarios.Senhasegura("senhasegura.credentials.enable/unknown-id/not-found");

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(((SingleRequestPlan)dfns.Plan).FixtureIdOverride, Is.EqualTo("conformance-unknown-0000"));
            Assert.That(dfns.Requirement.Expect?.Status.Codes, Is.EqualTo(new[] { 400, 404 }));
            Assert.That(((SingleRequestPlan)senhasegura.Plan).FixtureIdOverride, Is.EqualTo("987654321"));
            Assert.That(senhasegura.Requirement.Expect?.MessagePrefix, Is.EqualTo("1007:"));
        }
    }

    [Test]
    public void Scenario_DisplayNameAndTags_NameOperationClassAndLevel()
    {
        // When
        var positive = VendorScenarios.Dfns("dfns-legacy.credentials.activate/positive/valid-request");

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(positive.DisplayName, Is.EqualTo("PUT /auth/credentials/activate › sends a valid request with valid credentials"));
            Assert.That(positive.Tags, Is.EqualTo(new[] { "dfns", "dfns-legacy", "positive", "MUST" }));
        }
    }

    [Test]
    public void Generate_OthersUnchanged_ExpectsTheOperationToBeApplied()
    {
        // When
        var others = VendorScenarios.Dfns("dfns-legacy.credentials.activate/state/others-unchanged");

        // Then
        Assert.That(others.Requirement.Expect?.Status.Matches(200), Is.True);
    }

    private static string Fingerprint(Scenario s) =>
        string.Join(" | ", s.Id, s.Stimulus, s.Requirement.Id, s.Requirement.Level, s.Requirement.Source, string.Join(",", s.Checks), s.FixtureKind, Request(s.Plan));

    private static string Request(ScenarioPlan plan) => plan switch
    {
        SingleRequestPlan p => Describe(p.Request) + p.FixtureIdOverride,
        RepeatPlan p => Describe(p.Request),
        TransitionPlan p => Describe(p.Request),
        NonceReplayPlan p => Describe(p.First),
        ConcurrentReplayPlan p => Describe(p.Request),
        UserActionReusePlan p => Describe(p.Request),
        _ => plan.ToString(),
    };

    private static string Describe(RequestTemplate r) =>
        $"{r.Method} {string.Join("&", r.PathParameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))} {r.ContentType} {r.BodyText("FIXTURE")}";

    private static SortedDictionary<string, int> Tally(IEnumerable<Scenario> scenarios) =>
        new(scenarios.GroupBy(s => s.Class).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    private static void Print(string vendor, SortedDictionary<string, int> tally)
    {
        TestContext.Out.WriteLine($"{vendor}: {tally.Values.Sum()} scenarios");
        foreach (var (@class, count) in tally) TestContext.Out.WriteLine($"  {@class,-12} {count,4}");
    }
}
