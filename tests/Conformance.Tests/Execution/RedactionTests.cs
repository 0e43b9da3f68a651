using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Reporting;

namespace Conformance.Tests.Execution;

/// <summary>
/// No secret reaches the console or a report file: the whole suite runs against the reference
/// target, then every file of the run's report folder and the console text are scanned for
/// every secret the run knew — the profile's tokens, client secrets and private keys, and the
/// user-action and OAuth tokens issued during the run.
/// </summary>
[TestFixture]
public sealed class RedactionTests
{
    [Test]
    public async Task NoSecretInConsoleOrReports()
    {
        var reports = Path.Combine(Path.GetTempPath(), "conformance-redaction-" + Guid.NewGuid().ToString("N"));
        var console = new StringWriter();
        try
        {
            await using var run = await ConformanceRun.CreateAsync(new ConformanceSettings { Parallelism = 4 }, Conformance.Hosting.ReferenceTargetStarter.StartAsync, CancellationToken.None);
            var profileSecrets = run.Secrets.Values.Count;
            var reporter = new ConsoleReporter(console);
            var result = await run.RunAllAsync(reporter.ScenarioFinished, CancellationToken.None);
            reporter.WriteSummary(result);

            // Write without the writer's own guard, so this test scans what a writer without it would leave.
            var paths = ReportWriter.WriteAll(result, reports, new ReportOptions { RenderHtml = false });
            reporter.WriteReportPaths(paths);

            var secrets = run.Secrets.Values;
            var files = Directory.GetFiles(paths.Folder, "*", SearchOption.AllDirectories);
            var leaks = files
                .SelectMany(f => secrets.Where(File.ReadAllText(f).Contains).Select(_ => Path.GetRelativePath(paths.Folder, f)))
                .Concat(secrets.Where(console.ToString().Contains).Select(_ => "console"))
                .Distinct()
                .ToList();

            Assert.Multiple(() =>
            {
                Assert.That(secrets.Count, Is.GreaterThan(profileSecrets), "tokens issued during the run are registered as secrets too");
                Assert.That(files.Length, Is.GreaterThan(result.Scenarios.Count), "one Allure result per scenario, plus the summaries");
                Assert.That(files.Count(f => File.ReadAllText(f).Contains("Bearer [REDACTED]", StringComparison.Ordinal)), Is.GreaterThan(100),
                    "recorded requests keep their Authorization header, masked");
                Assert.That(leaks, Is.Empty, "files (or the console) containing a secret value");
            });
        }
        finally
        {
            if (Directory.Exists(reports)) Directory.Delete(reports, recursive: true);
        }
    }
}
