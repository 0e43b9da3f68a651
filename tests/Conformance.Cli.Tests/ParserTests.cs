using System.CommandLine;

namespace Conformance.Cli.Tests;

/// <summary>--help, --version and merge as the parser answers them (the real process is tested in Conformance.Tests/Cli).</summary>
[TestFixture]
public sealed class ParserTests
{
    [TestCase("--help")]
    [TestCase("-h")]
    [TestCase("run", "--help")]
    public void Help_PrintsTheUsage(params string[] args)
    {
        Assert.That(Invoke(args), Is.EqualTo((0, Usage.Text() + "\n")));
    }

    [Test]
    public void MergeHelp_AnswersWithoutFiles()
    {
        Assert.That(Invoke("merge", "--help"), Is.EqualTo((0, Usage.Merge + "\n")));
    }

    [Test]
    public void Version_PrintsTheSuiteVersion()
    {
        Assert.That(Invoke("--version"), Is.EqualTo((0, $"Conformance {Execution.ConformanceRun.SuiteVersion}\n")));
    }

    [Test]
    public void Merge_TakesFilesAndItsOptions()
    {
        var parser = new CliParser();
        var parse = parser.Parse(["merge", "a/summary.json", "b/summary.json", "--reports", "merged", "--fail-on", "should", "--no-html", "-q"]);
        var flags = parser.MergeArguments(parse);

        Assert.Multiple(() =>
        {
            Assert.That(CliParser.ErrorLine(parse), Is.Null);
            Assert.That(parser.MergeFiles(parse), Is.EqualTo(new[] { "a/summary.json", "b/summary.json" }));
            Assert.That(flags["reports"], Is.EqualTo("merged"));
            Assert.That(flags["fail-on"], Is.EqualTo("should"));
            Assert.That(flags.Has("no-html"), Is.True);
            Assert.That(flags.Has("quiet"), Is.True);
        });
    }

    [TestCase(new[] { "merge", "--no-htm", "a.json" }, "unknown option --no-htm; did you mean --no-html? (see merge --help)")]
    [TestCase(new[] { "merge" }, "merge needs the summary.json of at least one run (see merge --help)")]
    [TestCase(new[] { "merge", "a.json", "--filter", "x" }, "unknown option --filter (see merge --help)")]
    public void Merge_BadInput_IsOneLine(string[] args, string message)
    {
        Assert.That(CliParser.ErrorLine(new CliParser().Parse(args)), Is.EqualTo(message));
    }

    private static (int Code, string Output) Invoke(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var code = new CliParser().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = output });
        return (code, output.ToString());
    }
}
