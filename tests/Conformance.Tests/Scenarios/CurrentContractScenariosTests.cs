using Conformance.Auth;
using Conformance.Scenarios;
using Conformance.Scenarios.Plans;
using Conformance.Spec;
using Conformance.Tests.Spec;

namespace Conformance.Tests.Scenarios;

/// <summary>The scenarios of the current Dfns contract: its own ids, no nonce or app id scenario, bodiless user operations.</summary>
[TestFixture]
public sealed class CurrentContractScenariosTests
{
    private static readonly Lazy<IReadOnlyList<Scenario>> Current = new(() => ScenarioGenerator.Generate(SpecLoader.Load(SpecFiles.DfnsCurrent)));

    [Test]
    public void IdsAndRequirementsBelongToTheContract()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Current.Value.Select(s => s.Id), Has.All.StartWith("dfns."));
            Assert.That(Current.Value.Select(s => s.Requirement.Id), Has.All.StartWith("dfns."));
            Assert.That(Current.Value.Select(s => s.Contract).Distinct(), Is.EqualTo(new[] { "dfns" }));
            Assert.That(Current.Value.Select(s => s.Vendor).Distinct(), Is.EqualTo(new[] { "dfns" }));
        });
    }

    [Test]
    public void NoNonceOrAppIdScenario()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Current.Value.Where(s => s.Class == ScenarioClasses.Nonce), Is.Empty);
            Assert.That(Current.Value.Where(s => s.Id.Contains("applicationId", StringComparison.Ordinal) || s.Id.Contains("requestNonce", StringComparison.Ordinal)), Is.Empty);
            Assert.That(Current.Value, Has.Count.GreaterThan(100));
        });
    }

    [Test]
    public void AUserOperationsTokenForAnotherPath_IsForTheSameUsersOtherPath()
    {
        var scenario = Current.Value.Single(s => s.Id == "dfns.users.activate/user-action/other-path");
        var plan = (SingleRequestPlan)scenario.Plan;

        Assert.That(plan.Auth.UserActionFor, Is.EqualTo(new UserActionBinding("PUT", $"/auth/users/{RequestTemplate.FixtureMarker}/deactivate", "")));
    }

    [Test]
    public void UserOperationsSendNoBody_AndTheirAnswerIsTheUser()
    {
        var activate = Current.Value.Single(s => s.Id == "dfns.users.activate/positive/valid-request");

        Assert.Multiple(() =>
        {
            Assert.That(activate.Operation.RequestBody, Is.Null);
            Assert.That(((SingleRequestPlan)activate.Plan).Request.HasBody, Is.False);
            var schema = activate.Operation.Responses.Single().Content.Single().Schema!;
            Assert.That((schema.Document.NodeAt(schema.Document.Follow(schema.Pointer))?["required"] as System.Text.Json.Nodes.JsonArray)?.Count, Is.EqualTo(11));
        });
    }

    [Test]
    public void DecisionsAreAtMostShould_AndNamedInTheSpec()
    {
        var document = SpecLoader.Load(SpecFiles.DfnsCurrent);

        Assert.Multiple(() =>
        {
            Assert.That(Current.Value.Single(s => s.Id == "dfns.users.activate/idempotent/repeat").Requirement.Level, Is.EqualTo(Conformance.Spec.Vocabulary.RequirementLevel.Should));
            Assert.That(Enumerable.Range(1, 6).Select(i => $"C{i}:").Where(id => !document.Decisions.Any(d => d.Text.Contains(id, StringComparison.Ordinal))), Is.Empty);
        });
    }
}
