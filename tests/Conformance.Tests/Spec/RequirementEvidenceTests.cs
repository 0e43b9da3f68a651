using System.Text.Json.Nodes;
using Conformance.Scenarios;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Tests.Spec;

/// <summary>
/// A requirement claims no more than its source: every requirement of both specs and every generic
/// default says what it rests on; a documented quote is verbatim in its seed, a standard quote in
/// specs/standards.yaml; a decision or a convention is never MUST. The checks are shown to fail on
/// an altered quote.
/// </summary>
[TestFixture]
public sealed class RequirementEvidenceTests
{
    private static readonly string[] Bases = ["documented", "specified", "standard", "decision", "convention"];

    private static readonly Lazy<QuoteEvidence> Evidence = new(QuoteEvidence.Load);

    private static IEnumerable<RawRequirement> All => SpecFiles.All.SelectMany(QuoteEvidence.Requirements);

    private static void RequireShared()
    {
        if (Evidence.Value.SharedDirectory is null)
        {
            Assert.Ignore("The vendor seeds are not here: set CONFORMANCE_SHARED_DIR to the folder holding seeds/ and reference/ (the project's shared/).");
        }
    }

    [Test]
    public void EveryRequirementOfBothSpecs_DeclaresABasisInItsYaml()
    {
        var requirements = All.ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(requirements, Has.Count.GreaterThan(90));
            Assert.That(requirements.Where(r => !Bases.Contains(r.Basis)).Select(r => r.ToString()), Is.Empty, "requirements without a declared basis");
            Assert.That(requirements.Where(r => r.Basis is "documented" && r.Seed is null).Select(r => r.ToString()), Is.Empty, "documented requirements without a seed");
            Assert.That(requirements.Where(r => r.Basis is "documented" or "specified" && !r.Source.StartsWith("https://", StringComparison.Ordinal)).Select(r => r.ToString()),
                Is.Empty, "a documented or specified requirement cites the vendor's public URL");
        }
    }

    [Test]
    public void NoDecisionOrConventionIsMust_AndBothSpecsLoadWithoutProblems()
    {
        var must = All.Where(r => r.Basis is "decision" or "convention"
            && (r.Level == "MUST" || RawRequirement.Text(r.Expect?["message-level"]) == "MUST"
                || (r.Expect?["preferred-basis"] is null && RawRequirement.Text(r.Expect?["preferred-level"]) == "MUST")));
        var preferredMust = All.Where(r => RawRequirement.Text(r.Expect?["preferred-basis"]) is "decision" or "convention"
            && RawRequirement.Text(r.Expect?["preferred-level"]) == "MUST");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(must.Select(r => r.ToString()), Is.Empty);
            Assert.That(preferredMust.Select(r => r.ToString()), Is.Empty);
            foreach (var file in SpecFiles.All)
            {
                Assert.That(SpecLoader.Load(file).Problems.Select(p => $"{p.Pointer}: {p.Message}"), Is.Empty, file);
            }
        }
    }

    [Test]
    public void EveryDocumentedQuote_IsVerbatimInItsSeed()
    {
        RequireShared();
        var checkedQuotes = All.Where(r => r.Basis is "documented" or "specified").ToList();

        Assert.That(checkedQuotes.SelectMany(Evidence.Value.Problems), Is.Empty);
    }

    [Test]
    public void EveryStandardQuote_IsVerbatimInTheExcerptFile()
    {
        var standards = All.Where(r => r.Basis == "standard" || RawRequirement.Text(r.Expect?["preferred-basis"]) == "standard").ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(standards, Is.Not.Empty);
            Assert.That(standards.SelectMany(r => Evidence.Value.Problems(r)), Is.Empty);
        }
    }

    [Test]
    public void EveryGenericDefault_DeclaresABasisThatMatchesItsSource_AndQuotesStandardsVerbatim()
    {
        var document = SpecLoader.Load(SpecFiles.Fixture("Execution/Fixtures/generic-api.yaml"));
        var operation = document.Operations.First(o => o.PrimarySecurity.Count > 0);
        var problems = new List<string>();
        var keys = GenericRequirements.Keys.ToList();
        foreach (var key in keys)
        {
            var r = GenericRequirements.For(document, operation, key)!;
            var ok = r.Basis switch
            {
                EvidenceBasis.Specified => r.Source.Contains("#/paths/", StringComparison.Ordinal),
                EvidenceBasis.Standard => !Evidence.Value.StandardProblems(r.Source, r.Quote).Any(),
                EvidenceBasis.Convention => r.Source.StartsWith("common practice", StringComparison.Ordinal),
                EvidenceBasis.Decision => r.Quote.Contains("we expected", StringComparison.Ordinal),
                _ => false,
            };
            if (!ok) problems.Add($"{key}: basis {r.Basis} does not match source '{r.Source}' / quote '{r.Quote}'");
            if (r.Level > EvidenceBases.Ceiling(r.Basis)) problems.Add($"{key}: {r.Level} on a {r.Basis}");
            if (r.Expect is { PreferredBasis: EvidenceBasis.Standard } e)
            {
                problems.AddRange(Evidence.Value.StandardProblems(e.PreferredSource ?? "", e.PreferredQuote ?? "").Select(p => $"{key} (preferred): {p}"));
            }
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(keys, Is.SupersetOf(new[] { "positive/accepted", "schema/invalid-rejected", "auth/missing-rejected", "auth/invalid-rejected", "method/undocumented-rejected", "response/no-5xx" }));
            Assert.That(problems, Is.Empty);
        }
    }

    [Test]
    public void GenericAuthDefault_RefusalIsSpecifiedMust_401IsAStandardShould()
    {
        var document = SpecLoader.Load(SpecFiles.Fixture("Execution/Fixtures/generic-api.yaml"));
        var operation = document.Operations.First(o => o.PrimarySecurity.Count > 0);

        var invalid = GenericRequirements.For(document, operation, "auth/invalid-rejected")!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(invalid.Basis, Is.EqualTo(EvidenceBasis.Specified));
            Assert.That(invalid.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(invalid.Source, Does.EndWith($"#{operation.Pointer}/security"));
            Assert.That(invalid.Expect!.Status.Matches(403), Is.True, "any refusal meets the MUST");
            Assert.That(invalid.Expect.Status.Matches(200), Is.False);
            Assert.That(invalid.Expect.PreferredStatus!.Matches(401), Is.True);
            Assert.That(invalid.Expect.PreferredLevel, Is.EqualTo(RequirementLevel.Should));
            Assert.That(invalid.Expect.PreferredBasis, Is.EqualTo(EvidenceBasis.Standard));
        }
    }

    [Test]
    public void AnAlteredQuote_IsRejectedByTheSameChecks()
    {
        RequireShared();
        var documented = All.First(r => r.Basis == "documented" && r.Seed!.StartsWith("seeds/", StringComparison.Ordinal));
        var fromFacts = All.First(r => r.Basis == "documented" && r.Seed!.StartsWith("reference/", StringComparison.Ordinal));
        var standard = All.First(r => r.Basis == "standard");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Evidence.Value.Problems(documented), Is.Empty, "the unaltered requirement passes");
            Assert.That(Evidence.Value.Problems(Altered(documented, q => q + "!")), Is.Not.Empty, "one character added");
            Assert.That(Evidence.Value.Problems(Altered(documented, q => q.ToUpperInvariant())), Is.Not.Empty, "case changed");
            Assert.That(Evidence.Value.Problems(Altered(documented, q => q.Replace(" ", "", StringComparison.Ordinal))), Is.Not.Empty, "whitespace removed, not just collapsed");
            Assert.That(Evidence.Value.Problems(Altered(documented, q => q, seed: "seeds/002_2dfc55723b473283.txt")), Is.Not.Empty, "the right words in the wrong seed");
            Assert.That(Evidence.Value.Problems(Altered(documented, q => q, seed: null)), Is.Not.Empty, "no seed at all");
            Assert.That(Evidence.Value.Problems(Altered(fromFacts, q => q[..^1])), Is.Empty, "a shorter excerpt is still verbatim");
            Assert.That(Evidence.Value.Problems(Altered(fromFacts, q => "MUST " + q)), Is.Not.Empty, "a word added to a facts quote");
            Assert.That(Evidence.Value.Problems(Altered(standard, q => q.Replace("status", "state", StringComparison.Ordinal))), Is.Not.Empty, "a standard sentence altered");
            Assert.That(Evidence.Value.Problems(Altered(standard, q => q, source: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1")), Is.Not.Empty, "a standard sentence under another section");
        }
    }

    [Test]
    public void AQuoteFromAnUnconfirmedPartOfAFactsFile_IsRejected()
    {
        RequireShared();

        // A sentence the facts file marks as its author's inference ([I]), not the vendor's words.
        var problems = Evidence.Value.SeedProblems("documented", "Any window (e.g. ±N minutes) in a suite is an assumption", "reference/dfns-facts.md").ToList();

        Assert.That(problems, Has.Some.Contains("[C]"));
    }

    [Test]
    public void QuoteCheck_CollapsesWhitespaceOnly()
    {
        Assert.That(QuoteEvidence.Collapse("a\n   b\t c "), Is.EqualTo("a b c"));
    }

    private static RawRequirement Altered(RawRequirement r, Func<string, string> quote, string? seed = "keep", string? source = null)
    {
        var node = (JsonObject)r.Node.DeepClone();
        node["quote"] = quote(r.Quote);
        if (seed != "keep") node["seed"] = seed;
        if (source is not null) node["source"] = source;
        return r with { Node = node };
    }
}
