using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Reporting;

namespace Conformance.Tests.Reporting;

/// <summary>
/// Issue 13: a full clean default run (every default spec against the embedded reference target,
/// the Allure HTML rendered) writes under 10 MB. Counted twice: the bytes of every file, and the
/// disk they take in 4 KiB blocks (what <c>du -sh</c> shows: hundreds of small Allure result files
/// cost a block each). A size on bytes, not a timing. Needs node and npm to render the HTML
/// (<c>npm ci</c> on first use); ignored without them.
/// </summary>
[TestFixture]
[Category("html")]
public sealed class ReportSizeTests
{
    private const long Limit = 10_000_000;
    private const long Block = 4096;

    [Test]
    [CancelAfter(900_000)]
    public async Task AFullCleanDefaultRun_WritesUnderTenMegabytes()
    {
        if (!OnPath("node") || !OnPath("npm")) Assert.Ignore("node/npm not on PATH: the Allure report, most of a run's size, cannot be rendered here");
        using var temp = new TempFolder();
        await using var run = await MultiTargetRun.CreateAsync(new ConformanceSettings(), Conformance.Hosting.ReferenceTargetStarter.StartAsync, CancellationToken.None);
        var result = await run.RunAllAsync(null, CancellationToken.None);

        var paths = ReportWriter.WriteAll(result, temp.Path, new ReportOptions { RenderHtml = true, RepoRoot = RepositoryPaths.Root }, run.SecretValues);

        var files = Directory.EnumerateFiles(paths.Folder, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        var bytes = files.Sum(f => f.Length);
        var onDisk = files.Sum(f => (f.Length + Block - 1) / Block * Block);
        var largest = string.Join(", ", files.OrderByDescending(f => f.Length).Take(5).Select(f => $"{Path.GetRelativePath(paths.Folder, f.FullName)} {f.Length / 1e6:0.00} MB"));
        TestContext.Out.WriteLine($"{result.Scenarios.Count} scenarios: {files.Count} files, {bytes / 1e6:0.00} MB, {onDisk / 1e6:0.00} MB in 4 KiB blocks; largest: {largest}");
        Assert.Multiple(() =>
        {
            Assert.That(paths.Warnings, Is.Empty, "the Allure report was rendered and kept");
            Assert.That(result.Count(Verdict.Fail), Is.Zero, "a clean run");
            Assert.That(result.Scenarios, Has.Count.GreaterThan(500), "the full default run");
            Assert.That(bytes, Is.LessThan(Limit), $"bytes written; largest: {largest}");
            Assert.That(onDisk, Is.LessThan(Limit), $"disk used in 4 KiB blocks ({files.Count} files); largest: {largest}");
        });
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}
