using System.Xml.Linq;
using Conformance.Diff;

namespace Conformance.Diff.Tests;

[TestFixture]
public sealed class DiffCommandTests
{
    private string scratch = "";

    [SetUp]
    public void CreateScratch() => Directory.CreateDirectory(scratch = Path.Combine(Path.GetTempPath(), "diff-command-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveScratch() => Directory.Delete(scratch, recursive: true);

    [Test]
    public void SameSpecTwiceExitsZero()
    {
        var (code, stdout, stderr) = Run(CorpusDiffs.DfnsBase, CorpusDiffs.DfnsBase);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(DiffCommand.Clean));
            Assert.That(stdout, Does.Contain("no changes"));
            Assert.That(stderr, Is.Empty);
        });
    }

    [TestCase("dfns-operation-added", new string[0], 0)]
    [TestCase("dfns-status-removed", new string[0], 1)]
    [TestCase("dfns-query-removed", new string[0], 0)]
    [TestCase("dfns-query-removed", new[] { "--fail-on", "risky" }, 1)]
    [TestCase("dfns-operation-added", new[] { "--fail-on=risky" }, 0)]
    [TestCase("dfns-status-removed", new[] { "--fail-on", "breaking", "--format", "json" }, 1)]
    public void ExitCodeFollowsTheFailOnLevel(string pair, string[] options, int expected)
    {
        var (code, _, stderr) = Run([.. CorpusDiffs.Paths(pair), .. options]);
        Assert.That(code, Is.EqualTo(expected), stderr);
    }

    [Test]
    public void LeadingDiffWordIsAccepted()
    {
        var (code, stdout, _) = Run(["diff", .. CorpusDiffs.Paths("dfns-status-removed"), "--format=markdown"]);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(DiffCommand.ChangesFound));
            Assert.That(stdout, Does.Contain("| Severity |"));
        });
    }

    [Test]
    public void OutputFileGetsTheReportAndStdoutTheSummary()
    {
        var file = Path.Combine(scratch, "out", "diff.xml");
        var (code, stdout, _) = Run([.. CorpusDiffs.Paths("dfns-status-removed"), "--format", "junit", "--output", file]);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(DiffCommand.ChangesFound));
            Assert.That(XDocument.Load(file).Descendants("failure").Count(), Is.EqualTo(1));
            Assert.That(stdout, Does.Contain("1 breaking").And.Contain(file));
        });
    }

    [Test]
    public void MissingFileExitsTwoWithOneLine()
    {
        var missing = Path.Combine(scratch, "nope.yaml");
        var (code, _, stderr) = Run(CorpusDiffs.DfnsBase, missing);
        AssertOneLineError(code, stderr, "nope.yaml: spec file not found");
    }

    [Test]
    public void InvalidYamlExitsTwoWithTheLocatedError()
    {
        var broken = Path.Combine(scratch, "broken.yaml");
        File.WriteAllText(broken, "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /a: [unclosed\n");
        var (code, _, stderr) = Run(broken, CorpusDiffs.DfnsBase);
        AssertOneLineError(code, stderr, "broken.yaml:");
        Assert.That(stderr, Does.Contain("invalid YAML"));
    }

    [TestCase(new[] { "--frobnicate" }, "'--frobnicate'")]
    [TestCase(new[] { "--format", "xml" }, "'xml'")]
    [TestCase(new[] { "--fail-on", "safe" }, "'safe'")]
    [TestCase(new[] { "extra.yaml" }, "'extra.yaml'")]
    [TestCase(new[] { "--output" }, "'--output'")]
    [TestCase(new[] { "--migration", "--format", "json" }, "--migration writes text or markdown")]
    public void BadUsageExitsTwoNamingTheArgument(string[] extra, string named)
    {
        var (code, _, stderr) = Run([.. CorpusDiffs.Paths("dfns-status-removed"), .. extra]);
        AssertOneLineError(code, stderr, named);
    }

    [TestCase("text", "migration note: ")]
    [TestCase("markdown", "### Migration note: ")]
    public void MigrationNoteForTheDfnsContractsGatesLikeTheDiff(string format, string start)
    {
        var (code, stdout, stderr) = Run(RepositorySpecs.DfnsLegacy, RepositorySpecs.DfnsCurrent, "--migration", "--format", format);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(DiffCommand.ChangesFound), stderr);
            Assert.That(stdout, Does.StartWith(start));
            Assert.That(stdout, Does.Contain("Send PUT /auth/users/{userId}/activate instead of PUT /auth/manage/users/activate"));
        });
    }

    [Test]
    public void MissingNewSpecIsBadUsage()
    {
        var (code, _, stderr) = Run(CorpusDiffs.DfnsBase);
        AssertOneLineError(code, stderr, "missing NEW.yaml");
    }

    [Test]
    public void HelpPrintsUsageAndExitsZero()
    {
        var (code, stdout, _) = Run("--help");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(DiffCommand.Clean));
            Assert.That(stdout, Does.StartWith("usage: diff OLD.yaml NEW.yaml"));
        });
    }

    private static void AssertOneLineError(int code, string stderr, string expected) => Assert.Multiple(() =>
    {
        Assert.That(code, Is.EqualTo(DiffCommand.UsageOrInputError));
        Assert.That(stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1), stderr);
        Assert.That(stderr, Does.Contain(expected));
    });

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = DiffCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
