using Conformance.Spec;

namespace Conformance.Tests.Spec;

/// <summary>A spec cannot exhaust memory or the stack: size, nesting and alias expansion are bounded, each refused with one line.</summary>
[TestFixture]
public sealed class YamlLimitTests
{
    private const string Head = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n";

    [Test]
    public void AnAliasBomb_IsRefused_BeforeItExpands()
    {
        // 1 KB that expands to 9^9 (387 million) nodes.
        var bomb = Head + "a: &a [x, x, x, x, x, x, x, x, x]\n"
            + string.Concat("bcdefghi".Select((c, i) => $"{c}: &{c} [{string.Join(", ", Enumerable.Repeat($"*{(char)('a' + i)}", 9))}]\n"));
        Assert.That(bomb.Length, Is.LessThan(1024));

        var e = Assert.Throws<SpecLoadException>(() => YamlJsonReader.Read(bomb, "bomb.yaml"));

        Assert.That(e!.Message, Does.Match(@"^bomb\.yaml:\d+: the document expands to more than 500,000 nodes"));
    }

    [Test]
    public void ASharedAnchor_UsedAFewTimes_StillLoads()
    {
        var text = YamlJsonReader.Read(Head + "a: &a {k: v}\nb: *a\nc: *a\n", "ok.yaml");
        Assert.That(text.Root["c"]?["k"]?.GetValue<string>(), Is.EqualTo("v"));
    }

    [Test]
    public void DeepFlowNesting_IsRefused_BeforeTheParserRecurses()
    {
        var deep = Head + "x: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var e = Assert.Throws<SpecLoadException>(() => YamlJsonReader.Read(deep, "deep.yaml"));

        Assert.That(e!.Message, Is.EqualTo($"deep.yaml:4: the document nests deeper than {YamlJsonReader.MaxDepth} levels"));
    }

    [Test]
    public void BracketsInQuotesAndComments_AreNotNesting()
    {
        var text = YamlJsonReader.Read(Head + "x: '" + new string('[', 500) + "'\n# " + new string('{', 500) + "\ny: it's [fine]\n", "quoted.yaml");
        Assert.That(text.Root["x"]?.GetValue<string>(), Has.Length.EqualTo(500));
    }

    [Test]
    public void DeepBlockNesting_IsRefused()
    {
        var deep = Head + "x:\n" + string.Concat(Enumerable.Range(1, 300).Select(i => new string(' ', i) + "a:\n")) + new string(' ', 301) + "b: 1\n";

        var e = Assert.Throws<SpecLoadException>(() => YamlJsonReader.Read(deep, "block.yaml"));

        Assert.That(e!.Message, Does.Contain("nests deeper than"));
    }

    [Test]
    public void AnOversizedDocument_IsRefused()
    {
        var e = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse(Head + new string('#', YamlJsonReader.MaxCharacters), "big.yaml"));
        Assert.That(e!.Message, Does.StartWith("big.yaml: the document has"));
    }
}
