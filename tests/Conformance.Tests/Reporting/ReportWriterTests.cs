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
            Assert.That(new DirectoryInfo(second.Latest!).LinkTarget, Is.EqualTo("2026-11-23T08-15-02Z-2"), "latest is a relative link to the run's folder, not a second copy");
            Assert.That(File.ReadAllText(Path.Combine(temp.Path, "latest.txt")), Is.EqualTo("2026-11-23T08-15-02Z-2\n"), "the pointer file names it too");
        });
    }

    [Test]
    public void WriteAll_LatestIsNoSecondCopy_AndReplacesAnOldCopiedLatest()
    {
        // An earlier version of the suite left latest/ as a real folder.
        Directory.CreateDirectory(Path.Combine(temp.Path, "latest"));
        File.WriteAllText(Path.Combine(temp.Path, "latest", "summary.json"), "{}");

        var paths = ReportWriter.WriteAll(SampleRun.Create(), temp.Path, Options());

        Assert.Multiple(() =>
        {
            Assert.That(new DirectoryInfo(paths.Latest!).LinkTarget, Is.EqualTo(Path.GetFileName(paths.Folder)));
            Assert.That(File.ReadAllText(Path.Combine(paths.Latest!, "summary.json")), Is.EqualTo(File.ReadAllText(paths.SummaryJson)));
            Assert.That(Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Where(n => n!.StartsWith(".latest", StringComparison.Ordinal)), Is.Empty, "the old copy is gone, nothing left aside");
        });
    }

    [Test]
    public void LatestNote_SaysWhatLatestIs()
    {
        var paths = ReportWriter.WriteAll(SampleRun.Create(), temp.Path, Options());
        var copied = paths with { Latest = Path.Combine(temp.Path, "copied-latest") };
        Directory.CreateDirectory(copied.Latest!);

        Assert.Multiple(() =>
        {
            Assert.That(paths.LatestNote(), Is.EqualTo($"{paths.Latest} links to it"));
            Assert.That(copied.LatestNote(), Is.EqualTo($"copied to {copied.Latest}"));
            Assert.That((paths with { Latest = null }).LatestNote(), Is.EqualTo("an incomplete run: latest left as it was"));
        });
    }

    [Test]
    public void WriteAll_KeepsTheNewestRuns_AndNeverTheJournalOrAnythingElse()
    {
        var clock = new FakeTimeProvider(Now);
        var options = Options() with { TimeProvider = clock, Keep = 3 };
        Directory.CreateDirectory(Path.Combine(temp.Path, ".journal"));
        File.WriteAllText(Path.Combine(temp.Path, ".journal", "target.jsonl"), "{}");
        Directory.CreateDirectory(Path.Combine(temp.Path, "merged"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "2020-01-01-not-a-run"));
        File.WriteAllText(Path.Combine(temp.Path, "README.md"), "reports");
        var folders = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            folders.Add(Path.GetFileName(ReportWriter.WriteAll(SampleRun.Create(), temp.Path, options).Folder));
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        var left = Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(left, Is.SupersetOf(folders.TakeLast(3)), "the newest three runs");
            Assert.That(left, Does.Not.Contain(folders[0]).And.Not.Contain(folders[1]), "older runs deleted");
            Assert.That(left, Is.SupersetOf(new[] { ".journal", "merged", "2020-01-01-not-a-run", "README.md", "latest", "latest.txt" }), "nothing it did not create");
            Assert.That(File.Exists(Path.Combine(temp.Path, ".journal", "target.jsonl")), Is.True);
        });
    }

    [Test]
    public void WriteAll_NeverPrunesTheRunLatestShows()
    {
        var clock = new FakeTimeProvider(Now);
        var options = Options() with { TimeProvider = clock, Keep = 1 };
        var complete = ReportWriter.WriteAll(SampleRun.Create(), temp.Path, options);
        clock.Advance(TimeSpan.FromMinutes(1));

        // An incomplete run does not replace latest: the complete one it shows stays although Keep is 1.
        ReportWriter.WriteAll(SampleRun.Create() with { Incomplete = "stopped by SIGTERM" }, temp.Path, options);

        Assert.That(Directory.Exists(complete.Folder), Is.True);
    }

    [Test]
    public void WriteAll_KeepZero_KeepsAll()
    {
        var clock = new FakeTimeProvider(Now);
        var options = Options() with { TimeProvider = clock, Keep = 0 };
        for (var i = 0; i < 3; i++)
        {
            ReportWriter.WriteAll(SampleRun.Create(), temp.Path, options);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.That(Directory.GetDirectories(temp.Path).Count(d => Path.GetFileName(d).StartsWith("2026", StringComparison.Ordinal)), Is.EqualTo(3));
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
