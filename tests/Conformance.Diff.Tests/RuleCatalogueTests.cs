using System.Text.RegularExpressions;
using Conformance.Diff;
using Conformance.Diff.Rules;

namespace Conformance.Diff.Tests;

/// <summary>The rule catalogue is consistent, and the corpus exercises it.</summary>
[TestFixture]
public sealed partial class RuleCatalogueTests
{
    [Test]
    public void RuleIdsAreUniqueAndWellFormed()
    {
        var ids = DiffRuleCatalogue.All.Select(r => r.Id).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.Unique);
            Assert.That(ids, Has.All.Matches<string>(id => id is not null && RuleId().IsMatch(id)));
        });
    }

    [Test]
    public void EveryBreakingRuleIsExercisedByTheCorpus()
    {
        var exercised = CorpusCase.Names().SelectMany(n => CorpusCase.Load(n).Changes).Select(c => c.Rule).ToHashSet();
        var missing = DiffRuleCatalogue.All.Where(r => r.Severity == ChangeSeverity.Breaking && !exercised.Contains(r.Id)).Select(r => r.Id);
        Assert.That(missing, Is.Empty, "breaking rules without a corpus pair");
    }

    [Test]
    public void CorpusExpectationsUseTheCatalogueSeverities()
    {
        var severities = DiffRuleCatalogue.All.ToDictionary(r => r.Id, r => r.Severity.ToString().ToLowerInvariant());
        var expectations = CorpusCase.Names().SelectMany(n => CorpusCase.Load(n).Changes.Select(c => (Case: n, Change: c)));
        Assert.Multiple(() =>
        {
            foreach (var (name, change) in expectations)
            {
                Assert.That(severities.GetValueOrDefault(change.Rule), Is.EqualTo(change.Severity), $"{name}: {change.Rule}");
            }
        });
    }

    /// <summary>Our stance against oasdiff/openapi-diff (which grade these INFO or ignore them).</summary>
    [Test]
    public void SecurityAndReplayOrIdempotencySemanticsAreBreaking()
    {
        var rules = DiffRuleCatalogue.All.Where(r => r.Id.StartsWith("security.", StringComparison.Ordinal)
            || r.Id is "semantics.nonce.changed" or "semantics.user-action.changed" or "semantics.repeat.changed"
                or "semantics.effect.changed" or "semantics.probe.changed" or "semantics.inverse.changed").ToList();
        Assert.That(rules, Has.Count.EqualTo(11));
        Assert.That(rules, Has.All.Matches<DiffRule>(r => r?.Severity == ChangeSeverity.Breaking));
    }

    [GeneratedRegex(@"^[a-z]+(\.[a-z]+(-[a-z]+)*)+$")]
    private static partial Regex RuleId();
}
