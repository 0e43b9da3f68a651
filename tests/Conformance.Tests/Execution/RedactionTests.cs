using Conformance.Tests.Hostile;

namespace Conformance.Tests.Execution;

/// <summary>
/// No secret reaches the console or a report file: the whole suite runs against the reference
/// target (through a proxy that only keeps what the target returned), then every file of the
/// run's report folder and of <c>latest/</c>, and the console, are scanned for every secret the
/// target holds or ever returned — credential passwords (returned as <c>password</c> and as
/// <c>content</c>), client secrets, bearer tokens, issued OAuth and user-action tokens — and
/// every secret the run registered (the profile's private keys among them).
/// </summary>
[TestFixture]
public sealed class RedactionTests
{
    [Test]
    public async Task NoSecretInConsoleOrReports()
    {
        var root = Path.Combine(Path.GetTempPath(), "conformance-redaction-" + Guid.NewGuid().ToString("N"));
        try
        {
            var run = await HostileRun.StartAsync(null, 0, null, TimeSpan.FromSeconds(30), root).WaitAsync(TimeSpan.FromMinutes(10));
            TestContext.Out.WriteLine(run.Row);

            var files = run.ReportFiles().ToList();
            Assert.Multiple(() =>
            {
                Assert.That(run.SecretsKnown, Is.GreaterThan(40), "passwords, client secrets, bearer tokens and the tokens issued during the run");
                Assert.That(files, Has.Count.GreaterThan(run.Result!.Scenarios.Count), "one Allure result per scenario, plus the summaries");
                // The reports keep the bodies of findings only (a clean run has none): the recording is checked where it is made.
                var exchanges = run.Result!.Scenarios.SelectMany(s => s.Exchanges).ToList();
                Assert.That(exchanges.Count(e => e.Request.Headers.Any(h => h.Value == "Bearer [REDACTED]")), Is.GreaterThan(100),
                    "recorded requests keep their Authorization header, masked");
                Assert.That(exchanges.Count(e => System.Text.RegularExpressions.Regex.IsMatch(e.Response?.Body ?? "", "\"content\":\\s*\"\\[REDACTED\\]\"")), Is.GreaterThan(0),
                    "a credential's content is redacted like its password");
                Assert.That(run.Leaks, Is.Empty, "files (or the console) containing a secret value");
                Assert.That(run.Paths!.Warnings, Has.None.StartsWith("redacted secret values"), "the recording itself redacted everything");
                Assert.That(run.FixturesChanged, Is.Empty);
            });
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }
}
