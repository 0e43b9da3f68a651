using Conformance.Diff;
using Conformance.Spec;

namespace Conformance.Diff.Tests;

/// <summary>
/// Every corpus pair produces exactly the rule hits its expected.json lists, with the listed
/// severities: every breaking change is caught, and no change gets a severity it should not have.
/// </summary>
[TestFixture]
public sealed class CorpusTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        CorpusCase.Names().Select(name => new TestCaseData(name).SetName($"Corpus({name})"));

    [TestCaseSource(nameof(Cases))]
    public void DiffMatchesExpectation(string name)
    {
        var expected = CorpusCase.Load(name);
        var old = SpecLoader.Load(expected.OldPath);
        var @new = SpecLoader.Load(expected.NewPath);
        var diff = SpecDiffer.Compare(old, @new);
        var actual = string.Join("\n", diff.Changes.Select(c => $"  {c.Severity} {c.RuleId} [{c.OperationSlug}] {c.Message}"));
        TestContext.Out.WriteLine($"{expected.Description}\n{actual}");

        Assert.Multiple(() =>
        {
            Assert.That(old.Problems.Concat(@new.Problems), Is.Empty, "corpus specs must load without problems");
            foreach (var change in expected.Changes)
            {
                Assert.That(diff.Changes, Has.Some.Matches<SpecChange>(c => c is not null && change.Matches(c)), $"not reported: {change}\nactual:\n{actual}");
            }

            foreach (var change in diff.Changes)
            {
                Assert.That(expected.Changes, Has.Some.Matches<ExpectedChange>(e => e is not null && e.Matches(change)), $"unexpected: {change.Severity} {change.RuleId} [{change.OperationSlug}] {change.Message}");
            }

            if (expected.Touched is { } touched)
            {
                Assert.That(diff.TouchedOperationSlugs, Is.EquivalentTo(touched), "touched operations");
            }
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void EachSideDiffedWithItselfIsEmpty(string name)
    {
        var expected = CorpusCase.Load(name);
        foreach (var path in new[] { expected.OldPath, expected.NewPath })
        {
            var diff = SpecDiffer.Compare(SpecLoader.Load(path), SpecLoader.Load(path));
            Assert.That(diff.Changes, Is.Empty, path);
            Assert.That(diff.TouchedOperationSlugs, Is.Empty, path);
        }
    }

    [Test]
    public void CorpusHasAtLeastThirtyPairs() => Assert.That(CorpusCase.Names().Count(), Is.GreaterThanOrEqualTo(30));
}
