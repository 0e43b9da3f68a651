using Conformance.Scenarios;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;
using Conformance.Tests.Spec;

namespace Conformance.Tests.Scenarios;

/// <summary>Operation beats scheme beats document beats generic (Fixtures/requirements.yaml).</summary>
[TestFixture]
public sealed class RequirementResolverTests
{
    private static readonly Lazy<ApiDocument> Loaded = new(() => SpecLoader.Load(SpecFiles.Fixture("Scenarios/Fixtures/requirements.yaml")));

    private static ApiDocument Document => Loaded.Value;

    private static RequirementResolver Resolver => new(Document);

    private static ApiOperation Op(string id) => Document.FindOperation(id) ?? throw new ArgumentException(id);

    [Test]
    public void Fixture_LoadsWithoutProblems()
    {
        Assert.That(Document.Problems, Is.Empty);
    }

    [Test]
    public void Resolve_OperationBeatsScheme()
    {
        // When
        var requirement = Resolver.Resolve(Op("own.get"), "auth/missing-rejected", scheme: "bearer");

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(requirement?.Source, Is.EqualTo("operation-source"));
            Assert.That(requirement?.Id, Is.EqualTo("acme.own.get/auth/missing-rejected"));
            Assert.That(requirement?.Key, Is.EqualTo("auth/missing-rejected"));
            Assert.That(requirement?.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(requirement?.Quote, Is.EqualTo("The operation says a missing credential is refused."));
        }
    }

    [Test]
    public void Resolve_NamedScheme_BeatsDocumentAndOtherSchemes()
    {
        // When
        var requirement = Resolver.Resolve(Op("schemed.get"), "auth/missing-rejected", scheme: "appKey");

        // Then
        Assert.That(requirement?.Source, Is.EqualTo("appkey-source"));
    }

    [Test]
    public void Resolve_NoSchemeNamed_TakesTheFirstPrimaryScheme()
    {
        // When
        var requirement = Resolver.Resolve(Op("schemed.get"), "auth/missing-rejected");

        // Then
        Assert.That(requirement?.Source, Is.EqualTo("bearer-source"));
    }

    [Test]
    public void Resolve_DocumentBeatsGeneric()
    {
        // When
        var missing = Resolver.Resolve(Op("open.get"), "auth/missing-rejected");
        var positive = Resolver.Resolve(Op("open.get"), "positive/accepted");

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(missing?.Source, Is.EqualTo("document-source"));
            Assert.That(missing?.Level, Is.EqualTo(RequirementLevel.Should));
            Assert.That(missing?.Expect?.Status.ToString(), Is.EqualTo("403"));
            Assert.That(missing?.Id, Is.EqualTo("acme.open.get/auth/missing-rejected"));
            Assert.That(positive?.Source, Is.EqualTo("document-positive"));
            Assert.That(positive?.Level, Is.EqualTo(RequirementLevel.May));
        }
    }

    [Test]
    public void Resolve_DeclaredNowhere_FallsBackToTheGenericDefault()
    {
        // When
        var requirement = Resolver.Resolve(Op("open.get"), "method/undocumented-rejected");

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(requirement?.Source, Is.EqualTo("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6"));
            Assert.That(requirement?.Basis, Is.EqualTo(EvidenceBasis.Standard));
            Assert.That(requirement?.Level, Is.EqualTo(RequirementLevel.Should), "RFC 9110 defines 405; it does not require it");
            Assert.That(requirement?.Expect?.Status.ToString(), Is.EqualTo("404 or 405"));
            Assert.That(requirement?.Id, Is.EqualTo("acme.open.get/method/undocumented-rejected"));
        }
    }

    [Test]
    public void Resolve_UnknownKeyWithoutFallback_IsNull()
    {
        Assert.That(Resolver.Resolve(Op("open.get"), "nonce/replay-rejected"), Is.Null);
    }

    [Test]
    public void Require_UnknownKey_CitesTheOperationPointer()
    {
        // When
        var requirement = Resolver.Require(Op("open.get"), "nonce/replay-rejected");

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(requirement.Source, Is.EqualTo($"{Document.SourcePath}#/paths/~1open/get"));
            Assert.That(requirement.Quote, Is.EqualTo("Stated by the spec, which cites no document for it."));
            Assert.That(requirement.Basis, Is.EqualTo(EvidenceBasis.Decision));
            Assert.That(requirement.Level, Is.EqualTo(RequirementLevel.Should), "a requirement no document backs is at most SHOULD");
            Assert.That(requirement.Expect, Is.Null);
        }
    }

    [Test]
    public void Resolve_DeclaredWithoutExpect_TakesTheSemanticsExpectation()
    {
        var operation = Op("things.activate");

        // When
        var requirement = Resolver.Resolve(operation, "idempotent/repeat", operation.Semantics.Repeat!.Expect);

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(requirement?.Source, Is.EqualTo("operation-repeat"));
            Assert.That(requirement?.Level, Is.EqualTo(RequirementLevel.Should));
            Assert.That(requirement?.Expect?.Status.ToString(), Is.EqualTo("409"));
        }
    }

    [Test]
    public void Resolve_DeclaredWithExpect_KeepsItsOwnExpectation()
    {
        // When
        var requirement = Resolver.Resolve(Op("own.get"), "auth/missing-rejected", new Expectation(StatusMatcher.Exactly(418)));

        // Then
        Assert.That(requirement?.Expect?.Status.ToString(), Is.EqualTo("401"));
    }

    [Test]
    public void Resolve_OnlyTheSemanticsSayIt_ShouldCitingTheOperation()
    {
        // When
        var requirement = Resolver.Resolve(Op("things.activate"), "custom/only-semantics", new Expectation(StatusMatcher.Exactly(409)));

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(requirement?.Source, Is.EqualTo($"{Document.SourcePath}#/paths/~1things~1{{id}}~1activate/put"));
            Assert.That(requirement?.Quote, Does.StartWith("Stated by the operation's x-conformance extension, which cites no document"));
            Assert.That(requirement?.Basis, Is.EqualTo(EvidenceBasis.Decision));
            Assert.That(requirement?.Level, Is.EqualTo(RequirementLevel.Should));
            Assert.That(requirement?.Expect?.Status.ToString(), Is.EqualTo("409"));
        }
    }

    [Test]
    public void Resolve_GenericDefaultWithExpect_YieldsToTheSemanticsExpectation()
    {
        var operation = Op("things.activate");

        // When: unknown-id/rejected is not in any x-requirements; only x-conformance.unknown-id says 404.
        var requirement = Resolver.Resolve(operation, "unknown-id/rejected", operation.Semantics.UnknownId);
        var scenario = ScenarioGenerator.Generate(Document).Single(s => s.Id == "acme.things.activate/unknown-id/not-found");

        // Then: "An expectation stated next to the semantics wins over the requirement's generic one."
        using (Assert.EnterMultipleScope())
        {
            Assert.That(requirement?.Expect?.Status.ToString(), Is.EqualTo("404"));
            Assert.That(scenario.Requirement.Expect?.Status.ToString(), Is.EqualTo("404"));
        }
    }
}
