using Conformance.Scenarios;
using Conformance.Spec;
using Conformance.Tests.Spec;

namespace Conformance.Tests.Scenarios;

/// <summary>
/// On the real, published specs: every generated "valid" request validates against its own
/// schemas (a request that does not is our bug), and the negative coverage of the published
/// Dfns spec reaches 90 % of its request constraints, outside oneOf/anyOf branches and inside.
/// </summary>
[TestFixture]
public sealed class RealSpecRequestTests
{
    private static IEnumerable<TestCaseData> Specs() =>
        (SharedSpecs.All.Any() ? SharedSpecs.All.Select(Path.GetFileName) : ["(shared/specs absent)"])
        .Select(f => new TestCaseData(f).SetName($"ValidRequest_RealSpec_Validates({f})"));

    [TestCaseSource(nameof(Specs))]
    public void ValidRequest_RealSpec_Validates(string file)
    {
        // Given
        var document = SpecLoader.Load(SharedSpecs.Require(file));
        var context = new GenerationContext(document, GeneratorOptions.Default);

        // When
        var problems = document.Operations
            .Select(o => (o.Label, context.ValidRequest(o).GenerationProblem))
            .Where(x => x.GenerationProblem is not null)
            .Select(x => $"{x.Label}: {x.GenerationProblem}")
            .ToList();

        // Then
        Assert.That(problems, Is.Empty, $"{document.Operations.Count} operations");
    }

    [Test]
    public void Coverage_PublishedDfnsSpec_ViolatesNinetyPercentInsideBranchesAndOutside()
    {
        // Given
        var document = SpecLoader.Load(SharedSpecs.DfnsPublished);

        // When
        var coverage = ConstraintCoverage.For(document);
        var inside = coverage.Entries.Where(e => e.Breakable && e.Place == "branches").ToList();
        var outside = coverage.Entries.Where(e => e.Breakable && e.Place != "branches").ToList();
        TestContext.Out.WriteLine(string.Join("\n", coverage.Lines()));

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(coverage.Found, Is.GreaterThan(4000), "the published spec has thousands of request constraints");
            Assert.That(Share(inside), Is.GreaterThanOrEqualTo(0.9), "inside oneOf/anyOf branches");
            Assert.That(Share(outside), Is.GreaterThanOrEqualTo(0.9), "outside branches");
            Assert.That(coverage.ByPlace.Single(p => p.Place == "parameters").Generated, Is.GreaterThan(200), "parameters are broken too");
            Assert.That(coverage.Found - coverage.Breakable, Is.LessThan(coverage.Found / 20), "few constraints are set aside as unbreakable");
            Assert.That(coverage.Entries.Where(e => !e.Breakable).Select(e => (e.Place, e.Kind)).Distinct(), Is.EqualTo(new[] { ("parameters", "type") }),
                "only a text parameter's type is set aside");
        }
    }

    private static double Share(List<Conformance.Scenarios.Schemas.CoverageEntry> entries) =>
        entries.Count == 0 ? 0 : (double)entries.Count(e => e.Generated) / entries.Count;
}

