namespace Conformance.Cli.Tests;

[TestFixture]
public sealed class UsageTests
{
    [Test]
    public void Help_ListsEveryOption_UnderItsGroup_WithItsEnvironmentVariable()
    {
        var help = Usage.Text();

        Assert.Multiple(() =>
        {
            foreach (var group in CliOptions.All.GroupBy(o => o.Group))
            {
                var heading = help.IndexOf($"\n{group.Key}:\n", StringComparison.Ordinal);
                Assert.That(heading, Is.GreaterThan(0), $"no heading {group.Key}");
                foreach (var option in group)
                {
                    var at = System.Text.RegularExpressions.Regex.Match(help, $@"^(      |  -\w, ){option.Flag}\b", System.Text.RegularExpressions.RegexOptions.Multiline).Index;
                    Assert.That(at, Is.GreaterThan(heading), $"{option.Flag} is listed under {group.Key}");
                    if (option.EnvironmentVariable is { } variable) Assert.That(help, Does.Contain($"[{variable}]"));
                }
            }

            Assert.That(help, Does.Contain("-h, --help").And.Contain("--version").And.Contain("-q, --quiet").And.Contain("-v, --verbose"));
            Assert.That(help, Does.Contain("merge RUN/summary.json").And.Contain("diff OLD.yaml NEW.yaml"));
            Assert.That(help, Does.Contain("Exit codes:").And.Contain("0  no MUST failure").And.Contain("1  a failure").And.Contain("2  bad usage"));
            Assert.That(help, Does.Contain("NO_COLOR"));
        });
    }

    [Test]
    public void Help_FitsA100ColumnTerminal()
    {
        var wide = (Usage.Text() + "\n" + Usage.Merge).Split('\n').Where(l => l.TrimEnd('\r').Length > 100).ToList();

        Assert.That(wide, Is.Empty);
    }

    [Test]
    public void MergeHelp_ListsOnlyWhatMergeTakes()
    {
        Assert.Multiple(() =>
        {
            foreach (var name in CliParser.MergeOptionNames) Assert.That(Usage.Merge, Does.Contain("--" + name));
            Assert.That(Usage.Merge, Does.Not.Contain("--filter").And.Not.Contain("CONFORMANCE_"));
        });
    }
}
