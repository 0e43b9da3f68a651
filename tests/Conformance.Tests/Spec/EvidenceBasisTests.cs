using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Tests.Spec;

/// <summary>
/// <c>basis</c> in x-requirements: parsed, inferred when absent, and a decision or convention is
/// never read as more than SHOULD (a located problem says so).
/// </summary>
[TestFixture]
public sealed class EvidenceBasisTests
{
    private static ApiDocument Load(string requirements)
    {
        var yaml = $$"""
            openapi: 3.1.0
            info: { title: t, version: '1' }
            x-conformance: { vendor: acme }
            x-requirements:
            {{requirements}}
            paths:
              /things:
                get:
                  operationId: things.get
                  responses:
                    '200': { description: ok }
            """;
        var path = Path.Combine(Path.GetTempPath(), $"basis-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            return SpecLoader.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("documented", EvidenceBasis.Documented)]
    [TestCase("specified", EvidenceBasis.Specified)]
    [TestCase("standard", EvidenceBasis.Standard)]
    public void Load_DeclaredBasisThatMayCarryMust_KeepsMust(string word, EvidenceBasis basis)
    {
        var document = Load($"  positive/accepted: {{ level: MUST, basis: {word}, source: https://x.test/a, quote: q }}");

        var requirement = document.Requirements.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(requirement.Basis, Is.EqualTo(basis));
            Assert.That(requirement.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(document.Problems, Is.Empty);
        }
    }

    [TestCase("decision")]
    [TestCase("convention")]
    public void Load_MustOnADecisionOrConvention_IsReadAsShouldWithALocatedProblem(string word)
    {
        var document = Load($"  positive/accepted: {{ level: MUST, basis: {word}, source: ours, quote: we chose }}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(document.Requirements.Single().Level, Is.EqualTo(RequirementLevel.Should));
            Assert.That(document.Problems.Single().Message, Does.Contain("at most SHOULD"));
            Assert.That(document.Problems.Single().Pointer, Is.EqualTo("/x-requirements/positive~1accepted/level"));
        }
    }

    [Test]
    public void Load_MessageLevelMustOnADecision_IsReadAsShouldWithALocatedProblem()
    {
        var document = Load("  auth/missing-rejected: { level: SHOULD, basis: decision, source: ours, quote: we expected, expect: { status: 401, message: No, message-level: MUST } }");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(document.Requirements.Single().Expect!.MessageLevel, Is.EqualTo(RequirementLevel.Should));
            Assert.That(document.Problems.Single().Pointer, Is.EqualTo("/x-requirements/auth~1missing-rejected/expect/message-level"));
        }
    }

    [Test]
    public void Load_PreferredStatusResting_OnADecision_IsAtMostShould()
    {
        var document = Load("  auth/missing-rejected: { level: MUST, basis: documented, source: https://x.test/a, quote: q, expect: { status: 4xx, preferred-status: 401, preferred-level: MUST, preferred-basis: decision, preferred-source: ours, preferred-quote: we expected 401 } }");

        var expect = document.Requirements.Single().Expect!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(expect.PreferredLevel, Is.EqualTo(RequirementLevel.Should));
            Assert.That(expect.PreferredBasis, Is.EqualTo(EvidenceBasis.Decision));
            Assert.That(expect.PreferredSource, Is.EqualTo("ours"));
            Assert.That(expect.PreferredQuote, Is.EqualTo("we expected 401"));
            Assert.That(document.Requirements.Single().Level, Is.EqualTo(RequirementLevel.Must), "the refusal itself stays MUST");
            Assert.That(document.Problems.Single().Pointer, Is.EqualTo("/x-requirements/auth~1missing-rejected/expect/preferred-level"));
        }
    }

    [Test]
    public void Load_UnknownBasis_IsAProblemAndTheRequirementIsLeftOut()
    {
        var document = Load("  positive/accepted: { level: MUST, basis: hearsay, source: s, quote: q }");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(document.Requirements, Is.Empty);
            Assert.That(document.Problems.Single().Message, Does.Contain("basis must be documented, specified, standard, decision or convention"));
        }
    }

    [TestCase("seeds/001_36f1e311857c8447.txt", EvidenceBasis.Documented)]
    [TestCase("https://docs.dfns.co/api-reference/error-codes", EvidenceBasis.Documented)]
    [TestCase("https://www.rfc-editor.org/rfc/rfc9110#section-15.6", EvidenceBasis.Standard)]
    [TestCase("x-conformance.resource", EvidenceBasis.Convention)]
    public void Infer_FromTheSource(string source, EvidenceBasis expected)
    {
        Assert.That(EvidenceBases.Infer(source), Is.EqualTo(expected));
    }

    [Test]
    public void Load_PreferredStatus_IsReadIntoTheExpectation()
    {
        var document = Load("  auth/missing-rejected: { level: MUST, basis: specified, source: s, quote: q, expect: { status: 4xx, preferred-status: 401, preferred-level: SHOULD } }");

        var expect = document.Requirements.Single().Expect!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(expect.Status.ToString(), Is.EqualTo("4xx"));
            Assert.That(expect.PreferredStatus?.ToString(), Is.EqualTo("401"));
            Assert.That(expect.PreferredLevel, Is.EqualTo(RequirementLevel.Should));
        }
    }
}
