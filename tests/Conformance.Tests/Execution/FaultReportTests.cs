using System.Xml.Linq;
using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Reporting;
using Conformance.Spec.Vocabulary;

namespace Conformance.Tests.Execution;

/// <summary>
/// Against a faulted reference target the reports show the failure with its requirement and
/// source, JUnit carries the failing testcase, and the gate fails; a SHOULD-only fault warns
/// and fails the gate only at --fail-on should.
/// </summary>
[TestFixture]
public sealed class FaultReportTests
{
    [Test]
    public async Task MustFault_ShowsInSummaryAndJUnit_AndFailsTheGate()
    {
        var (result, folder) = await RunAsync("dfns-nonce-replay-accepted", "dfns-legacy.credentials.activate/nonce/*");
        try
        {
            const string requirement = "dfns-legacy.credentials.activate/nonce/replay-rejected";
            var html = await File.ReadAllTextAsync(Path.Combine(folder, "summary.html"));
            var junit = XDocument.Load(Path.Combine(folder, "junit.xml"));
            var failed = junit.Descendants("testcase").Where(t => t.Element("failure") is not null).Select(t => (string?)t.Attribute("name")).ToList();

            Assert.Multiple(() =>
            {
                Assert.That(result.Fails(RequirementLevel.Must), Is.True);
                Assert.That(html, Does.Contain(requirement).And.Contain("seeds/004_8bcfee7c96c2e957.txt"));
                Assert.That(failed, Has.Some.Contains("same X-DFNS-NONCE"));
            });
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Test]
    public async Task ShouldFault_Warns_AndFailsOnlyAtFailOnShould()
    {
        // The nonce validity window is our decision (D3), so accepting a stale nonce breaks a SHOULD only.
        var (result, folder) = await RunAsync("dfns-nonce-stale-accepted", "dfns-legacy.credentials.activate/nonce/stale");
        try
        {
            Assert.Multiple(() =>
            {
                Assert.That(result.Count(Verdict.Warn), Is.EqualTo(1));
                Assert.That(result.Count(Verdict.Fail), Is.Zero);
                Assert.That(result.Fails(RequirementLevel.Must), Is.False);
                Assert.That(result.Fails(RequirementLevel.Should), Is.True);
            });
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    private static async Task<(RunResult Result, string Folder)> RunAsync(string fault, string filter)
    {
        var settings = new ConformanceSettings { Filter = filter, ReferenceFaults = [fault], Parallelism = 2 };
        await using var run = await ConformanceRun.CreateAsync(settings, Conformance.Hosting.ReferenceTargetStarter.StartAsync, CancellationToken.None);
        var result = await run.RunAllAsync(null, CancellationToken.None);
        var root = Path.Combine(Path.GetTempPath(), "conformance-fault-report-" + Guid.NewGuid().ToString("N"));
        var paths = ReportWriter.WriteAll(result, root, new ReportOptions { RenderHtml = false }, run.Secrets.Values);
        return (result, paths.Folder);
    }
}
