namespace Conformance.Cli.Tests;

[TestFixture]
public sealed class SuggestionsTests
{
    private static readonly string[] Known = ["--filter", "--fail-on", "--dry-run", "--target", "--targets", "--timeout", "-h", "merge", "diff"];

    [TestCase("--filtr", "--filter")]
    [TestCase("--fitler", "--filter")]
    [TestCase("--dryrun", "--dry-run")]
    [TestCase("--dry", "--dry-run")]
    [TestCase("--targte", "--target")]
    [TestCase("--TIMEOUT", "--timeout")]
    [TestCase("--filtr=x", "--filter")]
    [TestCase("mrege", "merge")]
    public void Closest_NamesTheIntendedWord(string typed, string expected)
    {
        Assert.That(Suggestions.Closest(typed, Known), Is.EqualTo(expected));
    }

    [TestCase("--nothing-like-it")]
    [TestCase("-x")]
    [TestCase("--ta")]
    public void Closest_GuessesNothing_WhenNothingIsNear(string typed)
    {
        Assert.That(Suggestions.Closest(typed, Known), Is.Null);
    }
}
