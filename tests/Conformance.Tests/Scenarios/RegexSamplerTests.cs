using System.Text.RegularExpressions;
using Conformance.Scenarios.Schemas;

namespace Conformance.Tests.Scenarios;

/// <summary>Strings that match, or do not match, the patterns real specs use.</summary>
[TestFixture]
public sealed class RegexSamplerTests
{
    [TestCase(@"^\d+$", 1, null)]
    [TestCase(@"^(0x)?([0-9a-fA-F][0-9a-fA-F])*$", 0, null)]
    [TestCase(@"^0x[0-9a-fA-F]{64}$", 0, null)]
    [TestCase(@"^T[0-9a-zA-Z]{33}$", 0, null)]
    [TestCase(@"us-[a-z0-9]{5}-[a-z0-9]{5}-[a-z0-9]{14,16}", 0, null)]
    [TestCase(@"^[a-zA-Z0-9_.:/+-]{1,100}$", 0, 100)]
    [TestCase(@"^(0x[0-9a-fA-F]{40}|0\.0\.(\d+|[0-9a-fA-F]{40}|[0-9a-fA-F]{64,}))$", 0, null)]
    [TestCase(@"^\d+(\.\d+)?$", 3, null)]
    [TestCase(@"^[^\s@]+@[^\s@]+$", 0, null)]
    [TestCase(@"^(?<year>\d{4})-(?:0[1-9]|1[0-2])$", 0, null)]
    [TestCase(@"^[a-z]{2,}$", 10, 12)]
    public void Matching_RealPatterns_MatchWithinTheLengths(string pattern, int min, int? max)
    {
        // When
        var text = RegexSampler.Matching(pattern, min, max);

        // Then
        Assert.That(text, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Regex.IsMatch(text!, pattern), Is.True, text);
            Assert.That(text!.Length, Is.InRange(min, max ?? int.MaxValue));
        }
    }

    [Test]
    public void Matching_Variants_AreDistinct()
    {
        var values = Enumerable.Range(0, 5).Select(v => RegexSampler.Matching("^[a-z]{3}$", 0, null, v)).ToList();

        Assert.That(values.Distinct().Count(), Is.EqualTo(5), string.Join(",", values));
    }

    [TestCase(@"^\d+$", 1, null)]
    [TestCase(@"wa-[a-z0-9]{5}", 0, null)]
    [TestCase(@"^[!-~]{1,3}$", 1, 3)]
    public void NotMatching_BreaksThePatternWithinTheLengths(string pattern, int min, int? max)
    {
        var text = RegexSampler.NotMatching(pattern, min, max);

        Assert.That(text, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Regex.IsMatch(text!, pattern), Is.False, text);
            Assert.That(text!.Length, Is.InRange(min, max ?? int.MaxValue));
        }
    }

    [Test]
    public void NotMatching_PatternThatMatchesEverything_IsNull()
    {
        Assert.That(RegexSampler.NotMatching(".*", 0, null), Is.Null);
    }

    [TestCase(@"(a)\1")]
    [TestCase(@"[unclosed")]
    public void Matching_UnsupportedOrInvalid_IsNullNotWrong(string pattern)
    {
        var text = RegexSampler.Matching(pattern, 0, null);

        Assert.That(text is null || Regex.IsMatch(text, pattern), Is.True);
    }
}
