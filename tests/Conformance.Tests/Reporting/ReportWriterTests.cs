using Conformance.Execution;
using Conformance.Reporting;
using Conformance.Reporting.Allure;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Tests.Reporting;

[TestFixture]
public sealed class ReportWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 15, 2, TimeSpan.Zero);
    private TempFolder temp = null!;

    [SetUp]
    public void SetUp() => temp = new TempFolder();

    [TearDown]
    public void TearDown() => temp.Dispose();

    [Test]
    public void WriteAll_WritesEveryReportIntoATimestampFolderAndLatest()
    {
        var paths = ReportWriter.WriteAll(SampleRun.Create(), temp.Path, Options());

        Assert.Multiple(() =>
        {
            Assert.That(Path.GetFileName(paths.Folder), Is.EqualTo("2026-11-23T08-15-02Z"));
            Assert.That(paths.Latest, Is.EqualTo(Path.Combine(temp.Path, "latest")));
            foreach (var file in new[] { paths.SummaryHtml, paths.SummaryJson, paths.SummaryMarkdown, paths.JUnit })
            {
                Assert.That(File.Exists(file), Is.True, file);
                Assert.That(File.Exists(Path.Combine(paths.Latest!, Path.GetFileName(file))), Is.True, "latest/" + Path.GetFileName(file));
            }

            Assert.That(Directory.GetFiles(paths.AllureResults, "*-result.json"), Has.Length.EqualTo(6));
            Assert.That(Directory.GetFiles(Path.Combine(paths.Latest!, "allure-results")), Has.Length.EqualTo(Directory.GetFiles(paths.AllureResults).Length));
            Assert.That(paths.AllureReport, Is.Null);
            Assert.That(paths.Warnings, Is.Empty);
            Assert.That(Directory.GetDirectories(temp.Path).Select(Path.GetFileName), Is.EquivalentTo(new[] { "2026-11-23T08-15-02Z", "latest" }), "no staging leftovers");
        });
    }

    [Test]
    public void WriteAll_TwiceInOneSecond_KeepsTheFirstFolderAndRefreshesLatest()
    {
        var first = ReportWriter.WriteAll(SampleRun.Create(target: "https://first.example.test"), temp.Path, Options());
        var firstSummary = File.ReadAllText(first.SummaryJson);

        var second = ReportWriter.WriteAll(SampleRun.Create(target: "https://second.example.test"), temp.Path, Options());

        Assert.Multiple(() =>
        {
            Assert.That(Path.GetFileName(second.Folder), Is.EqualTo("2026-11-23T08-15-02Z-2"));
            Assert.That(File.ReadAllText(first.SummaryJson), Is.EqualTo(firstSummary), "the first run's folder is never overwritten");
            Assert.That(File.ReadAllText(Path.Combine(second.Latest!, "summary.json")), Does.Contain("https://second.example.test"));
            Assert.That(File.ReadAllText(Path.Combine(second.Latest!, "summary.json")), Does.Not.Contain("https://first.example.test"));
            Assert.That(new DirectoryInfo(second.Latest!).LinkTarget, Is.Null, "latest/ is a real copy, not a symlink");
        });
    }

    [Test]
    public void WriteAll_ALaterRun_GetsItsOwnFolder()
    {
        var clock = new FakeTimeProvider(Now);
        var options = Options() with { TimeProvider = clock };
        var first = ReportWriter.WriteAll(SampleRun.Create(), temp.Path, options);
        clock.Advance(TimeSpan.FromMinutes(1));

        var second = ReportWriter.WriteAll(SampleRun.Create(), temp.Path, options);

        Assert.Multiple(() =>
        {
            Assert.That(Path.GetFileName(second.Folder), Is.EqualTo("2026-11-23T08-16-02Z"));
            Assert.That(Directory.Exists(first.Folder), Is.True);
        });
    }

    [Test]
    public void WriteAll_ASecretThatRedactionMissed_IsRedactedInPlaceAndTheReportKept()
    {
        const string secret = "sk-live-7f3a9c1e5b";

        var paths = ReportWriter.WriteAll(SampleRun.Create(bodySecret: secret), temp.Path, Options(), [secret]);

        var files = Directory.GetFiles(paths.Folder, "*", SearchOption.AllDirectories).Concat(Directory.GetFiles(paths.Latest!, "*", SearchOption.AllDirectories)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(files.Where(f => File.ReadAllText(f).Contains(secret, StringComparison.Ordinal)), Is.Empty);
            Assert.That(files.Count(f => File.ReadAllText(f).Contains("[REDACTED]", StringComparison.Ordinal)), Is.GreaterThan(0));
            Assert.That(File.Exists(paths.SummaryJson), Is.True, "the report is kept");
            Assert.That(paths.Warnings, Has.Exactly(1).StartsWith("redacted secret values that the recording missed in "));
            Assert.That(paths.Warnings, Has.None.Contains(secret));
        });
    }

    [Test]
    public void WriteAll_SecretsThatAreNotInAnyFile_WriteTheReport()
    {
        var paths = ReportWriter.WriteAll(SampleRun.Create(), temp.Path, Options(), ["sk-live-never-used-1", "x"]);

        Assert.That(File.Exists(paths.SummaryHtml), Is.True);
    }

    [Test]
    public void WriteAll_RenderHtmlWithoutTheScript_WarnsInOneLineInsteadOfFailing()
    {
        var options = Options() with { RenderHtml = true, RepoRoot = temp.Path };

        var paths = ReportWriter.WriteAll(SampleRun.Create(), Path.Combine(temp.Path, "reports"), options);

        Assert.Multiple(() =>
        {
            Assert.That(paths.AllureReport, Is.Null);
            Assert.That(paths.Warnings, Has.Count.EqualTo(1));
            Assert.That(paths.Warnings[0], Does.StartWith("HTML report not rendered: scripts/render-allure.sh not found").And.Not.Contain("\n"));
            Assert.That(File.Exists(paths.SummaryHtml), Is.True);
        });
    }

    [Test]
    public void Composer_RenderHtml_RendersTheRunsOwnResultsIntoAllureReport()
    {
        var html = new FakeHtmlRenderer();
        var composer = new ReportComposer(Options() with { RenderHtml = true }, [], new AllureResultsWriter(), html);

        var paths = composer.Write(SampleRun.Create(), temp.Path);

        Assert.Multiple(() =>
        {
            Assert.That(html.Calls, Is.EqualTo(1));
            Assert.That(html.SawResults, Is.EqualTo(6));
            Assert.That(paths.AllureReport, Is.EqualTo(Path.Combine(paths.Folder, "allure-report", "index.html")));
            Assert.That(File.Exists(paths.AllureReport), Is.True);
            Assert.That(File.Exists(Path.Combine(paths.Latest!, "allure-report", "index.html")), Is.True);
        });
    }

    [Test]
    public void Composer_RenderHtmlOff_NeverCallsTheRenderer()
    {
        var html = new FakeHtmlRenderer();

        new ReportComposer(Options(), [], new AllureResultsWriter(), html).Write(SampleRun.Create(), temp.Path);

        Assert.That(html.Calls, Is.Zero);
    }

    [Test]
    public void Composer_AFailingRenderer_LeavesNoStagingFolder()
    {
        var composer = new ReportComposer(Options(), [], new ThrowingAllureWriter(), new FakeHtmlRenderer());

        Assert.Throws<IOException>(() => composer.Write(SampleRun.Create(), temp.Path));
        Assert.That(Directory.GetDirectories(temp.Path), Is.Empty);
    }

    private static ReportOptions Options() => new() { TimeProvider = new FakeTimeProvider(Now) };

    private sealed class FakeHtmlRenderer : IAllureHtmlRenderer
    {
        public int Calls { get; private set; }

        public int SawResults { get; private set; }

        public string? Render(IReadOnlyList<string> resultsDirectories, string outputDirectory)
        {
            Calls++;
            SawResults = resultsDirectories.Sum(d => Directory.GetFiles(d, "*-result.json").Length);
            Directory.CreateDirectory(outputDirectory);
            File.WriteAllText(Path.Combine(outputDirectory, "index.html"), "<html></html>");
            return null;
        }
    }

    private sealed class ThrowingAllureWriter : IAllureResultsWriter
    {
        public void Write(RunResult run, string resultsDirectory, ReportOptions options) => throw new IOException("disk full");
    }
}
