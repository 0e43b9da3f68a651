using Conformance.Auth;
using Conformance.Scenarios;
using Conformance.Scenarios.Plans;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;
using Conformance.Tests.Spec;

namespace Conformance.Tests.Scenarios;

/// <summary>Generic mode: a spec without any x- extension (Fixtures/generic.yaml).</summary>
public sealed partial class ScenarioGeneratorTests
{
    private static ApiDocument Generic() => SpecLoader.Load(SpecFiles.Fixture("Scenarios/Fixtures/generic.yaml"));

    [Test]
    public void Generate_GenericSpec_LoadsWithoutVocabulary()
    {
        // When
        var document = Generic();

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(document.Problems, Is.Empty);
            Assert.That(document.HasVocabulary, Is.False);
            Assert.That(document.Vendor, Is.EqualTo("generic-widgets-api"), "the vendor slug comes from the title");
            Assert.That(document.Operations.Select(o => o.Slug), Is.EqualTo(new[] { "widgets.create", "get-widgets-widgetid" }));
        }
    }

    [Test]
    public void Generate_GenericSpec_GetsExactlyTheGenericScenarios()
    {
        // When
        var ids = ScenarioGenerator.Generate(Generic()).Select(s => s.Id).ToList();

        // Then
        Assert.That(ids, Is.EquivalentTo(new[]
        {
            "generic-widgets-api.widgets.create/positive/valid-request",
            "generic-widgets-api.widgets.create/schema/name-missing",
            "generic-widgets-api.widgets.create/schema/name-wrong-type",
            "generic-widgets-api.widgets.create/schema/name-too-short",
            "generic-widgets-api.widgets.create/schema/extra-property",
            "generic-widgets-api.widgets.create/schema/malformed-json",
            "generic-widgets-api.widgets.create/schema/not-an-object",
            "generic-widgets-api.widgets.create/schema/wrong-content-type",
            "generic-widgets-api.widgets.create/auth/bearerAuth-missing",
            "generic-widgets-api.widgets.create/auth/bearerAuth-invalid",
            "generic-widgets-api.widgets.create/method/get",
            "generic-widgets-api.widgets.create/method/put",
            "generic-widgets-api.widgets.create/method/delete",
            "generic-widgets-api.widgets.create/method/patch",
            "generic-widgets-api.get-widgets-widgetid/positive/valid-request",
            "generic-widgets-api.get-widgets-widgetid/schema/widgetId-wrong-type",
            "generic-widgets-api.get-widgets-widgetid/schema/widgetId-below-minimum",
            "generic-widgets-api.get-widgets-widgetid/auth/bearerAuth-missing",
            "generic-widgets-api.get-widgets-widgetid/auth/bearerAuth-invalid",
            "generic-widgets-api.get-widgets-widgetid/method/put",
            "generic-widgets-api.get-widgets-widgetid/method/post",
            "generic-widgets-api.get-widgets-widgetid/method/delete",
            "generic-widgets-api.get-widgets-widgetid/method/patch",
        }));
    }

    [Test]
    public void Generate_GenericSpec_HasOnlyPositiveSchemaAuthAndMethodClasses()
    {
        // When
        var classes = ScenarioGenerator.Generate(Generic()).Select(s => s.Class).Distinct().ToList();

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(classes, Is.EquivalentTo(new[] { ScenarioClasses.Positive, ScenarioClasses.Schema, ScenarioClasses.Auth, ScenarioClasses.Method }));
            Assert.That(classes, Has.No.Member(ScenarioClasses.Nonce).And.No.Member(ScenarioClasses.UserAction).And.No.Member(ScenarioClasses.State));
        }
    }

    [Test]
    public void Generate_GenericSpec_RequirementsAreTheGenericDefaults()
    {
        // When
        var scenarios = ScenarioGenerator.Generate(Generic());

        // Then
        var document = Generic();
        foreach (var s in scenarios)
        {
            var generic = GenericRequirements.For(document, s.Operation, s.Requirement.Key);
            Assert.That(generic, Is.Not.Null, $"{s.Id}: {s.Requirement.Key} has no generic default");
            using (Assert.EnterMultipleScope())
            {
                Assert.That(s.Requirement.Source, Is.EqualTo(generic!.Source), s.Id);
                Assert.That(s.Requirement.Quote, Is.EqualTo(generic.Quote), s.Id);
                Assert.That(s.Requirement.Level, Is.EqualTo(generic.Level), s.Id);
                Assert.That(s.Requirement.Basis, Is.EqualTo(generic.Basis), s.Id);
                Assert.That(s.Requirement.Expect?.Status.ToString(), Is.EqualTo(generic.Expect?.Status.ToString()), s.Id);
                Assert.That(s.FixtureKind, Is.Null, s.Id);
            }
        }
    }

    [Test]
    public void Generate_GenericSpec_ExpectsTheGenericStatuses()
    {
        // When
        var byId = ScenarioGenerator.Generate(Generic()).ToDictionary(s => s.Id);

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(byId["generic-widgets-api.widgets.create/positive/valid-request"].Requirement.Expect?.Status.ToString(), Is.EqualTo("2xx"));
            Assert.That(byId["generic-widgets-api.widgets.create/schema/name-too-short"].Requirement.Expect?.Status.ToString(), Is.EqualTo("4xx"));
            Assert.That(byId["generic-widgets-api.widgets.create/schema/name-too-short"].Requirement.Level, Is.EqualTo(RequirementLevel.Should), "no standard asks a server to reject a schema violation");
            var missing = byId["generic-widgets-api.widgets.create/auth/bearerAuth-missing"].Requirement;
            Assert.That(missing.Source, Does.EndWith("#/paths/~1widgets/post/security"));
            Assert.That(missing.Expect?.Status.ToString(), Is.EqualTo("4xx or 5xx"), "refused: the declared security is not satisfied");
            Assert.That(missing.Expect?.PreferredStatus?.ToString(), Is.EqualTo("401"));
            Assert.That(missing.Expect?.PreferredLevel, Is.EqualTo(RequirementLevel.Should));
            Assert.That(byId["generic-widgets-api.get-widgets-widgetid/method/put"].Requirement.Expect?.Status.ToString(), Is.EqualTo("404 or 405"));
        }
    }

    [Test]
    public void Generate_GenericSpec_BuildsValidRequestsFromTheSchemas()
    {
        // When
        var byId = ScenarioGenerator.Generate(Generic()).ToDictionary(s => s.Id);

        // Then
        var create = ((SingleRequestPlan)byId["generic-widgets-api.widgets.create/positive/valid-request"].Plan).Request;
        var get = ((SingleRequestPlan)byId["generic-widgets-api.get-widgets-widgetid/positive/valid-request"].Plan).Request;
        var missing = (SingleRequestPlan)byId["generic-widgets-api.widgets.create/auth/bearerAuth-missing"].Plan;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(create.BodyText(null), Is.EqualTo("""{"name":"conformance"}"""));
            Assert.That(create.ContentType, Is.EqualTo("application/json"));
            Assert.That(get.PathParameters["widgetId"], Is.EqualTo("1"), "the integer minimum");
            Assert.That(get.Body, Is.Null);
            Assert.That(missing.Auth.Omit, Is.EquivalentTo(new[] { "bearerAuth" }), "the document-level security applies");
            Assert.That(missing.Auth, Is.EqualTo(AuthPlan.Valid with { Omit = missing.Auth.Omit }));
        }
    }
}
