using System.Diagnostics;
using Conformance.Execution;
using Conformance.Reporting;

namespace Conformance.Tests.Reporting;

/// <summary>
/// scripts/check-reports-in-browser.sh opens summary.html and the Allure report in headless
/// Chromium with every request logged: a real report passes with nothing outside file://, and a
/// page that would load something from outside fails the check. Needs node and Chromium; never
/// installs them (the script would).
/// </summary>
[TestFixture]
[Category("browser")]
[NonParallelizable]
public sealed class ReportsInBrowserTests
{
    private TempFolder temp = null!;
    private ReportPaths paths = null!;

    [OneTimeSetUp]
    public void RenderASampleReport()
    {
        if (Program("node") is null || (Program("chromium") ?? Program("chromium-browser") ?? Program("google-chrome")) is null)
        {
            Assert.Ignore("node or Chromium not on PATH: the reports cannot be opened in a browser here");
        }

        temp = new TempFolder();
        paths = ReportWriter.WriteAll(SampleRun.Create(), temp.Path, new ReportOptions { RenderHtml = true, RepoRoot = RepositoryPaths.Root });
        Assert.That(paths.Warnings, Is.Empty, "the Allure report was rendered");
    }

    [OneTimeTearDown]
    public void TearDown() => temp?.Dispose();

    [Test]
    [CancelAfter(900_000)]
    public void BothPages_ShowTheRunAndRequestNothingOutsideFileUrls()
    {
        var (exit, output) = Check(paths.Folder);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, output);
            Assert.That(output, Does.Contain("check-reports: summary OK").And.Contain("check-reports: allure OK"));
            Assert.That(System.Text.RegularExpressions.Regex.Count(output, "0 outside file://"), Is.EqualTo(2), output);
            Assert.That(File.ReadAllText(Path.Combine(paths.Folder, "screenshots", "allure-network.log")), Does.Not.Contain("OUTSIDE"));
        });
    }

    [Test]
    [CancelAfter(900_000)]
    public void APageThatLoadsFromOutside_FailsTheCheck()
    {
        // A copy of the report whose summary would fetch an image from elsewhere (the browser check
        // resolves no host, so nothing leaves the machine even then).
        var copy = Path.Combine(temp.Path, "tampered");
        CopyFolder(paths.Folder, copy);
        var summary = Path.Combine(copy, "summary.html");
        File.WriteAllText(summary, File.ReadAllText(summary).Replace("</body>", "<img src=\"https://example.invalid/pixel.png\"></body>", StringComparison.Ordinal));

        var (exit, output) = Check(copy);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Not.Zero);
            Assert.That(output, Does.Match(@"check-reports: summary: \d+ of \d+ requests leave file://, first https://example\.invalid/pixel\.png"));
        });
    }

    private static (int Exit, string Output) Check(string folder)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root! };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root!, "scripts", "check-reports-in-browser.sh"));
        start.ArgumentList.Add(folder);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(12)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("scripts/check-reports-in-browser.sh took longer than 12 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string? Program(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
