namespace Conformance.Cli.Tests;

[TestFixture]
public sealed class TerminalTests
{
    [TestCase(false, null, null, null, true, true)]
    [TestCase(true, null, null, null, false, false)]
    [TestCase(false, "true", null, null, false, false)]
    [TestCase(false, "1", null, null, false, false)]
    [TestCase(false, "false", null, null, true, true)]
    [TestCase(false, null, "1", null, true, false)]
    [TestCase(false, null, "", null, true, true)]
    [TestCase(false, null, null, "dumb", false, false)]
    public void Detect(bool redirected, string? ci, string? noColor, string? term, bool interactive, bool color)
    {
        var environment = new Dictionary<string, string?> { ["CI"] = ci, ["NO_COLOR"] = noColor, ["TERM"] = term ?? "xterm-256color" };

        Assert.That(Terminal.Detect(environment.GetValueOrDefault, redirected), Is.EqualTo(new Terminal(interactive, color)));
    }
}
