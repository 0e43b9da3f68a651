using System.Text.RegularExpressions;
using Conformance.Tests.Docs;

namespace Conformance.Tests.SuiteAdapter;

/// <summary>
/// <c>dotnet test tests/Conformance.Suite --filter "Name=&lt;id&gt;"</c> against a staging target that
/// breaks the requirement: exactly that one scenario runs and fails; the failure message carries
/// the requirement with its basis, quote and source, expected, actual, the request and the
/// reproduction command, and no stack trace; the counts and the reports folder are printed at the
/// default verbosity; and the reproduction command, run as printed, fails the same scenario again.
/// </summary>
[TestFixture]
[Category("docs")]
[NonParallelizable]
public sealed partial class FilterByIdTests
{
    private const string Id = "dfns-legacy.credentials.activate/nonce/replayed";
    private const string Fault = "dfns-nonce-replay-accepted";

    [Test]
    [CancelAfter(3_600_000)]
    public async Task FilterByName_RunsOneScenario_AndItsFailureReproducesWithTheCommandItPrints()
    {
        Shell.IgnoreWhenNested();
        await using var staging = await StagingTarget.StartLegacyDfnsAsync(Fault);
        using var run = new DocsRun(staging.Environment);

        var nunit = run.Run($"CONFORMANCE_TARGET=\"$DFNS_STAGING_URL\" CONFORMANCE_SPEC=dfns-legacy dotnet test tests/Conformance.Suite -s docs/staging.runsettings.example --filter \"Name={Id}\"");

        var reproduce = Reproduce().Match(nunit.Output);
        Assert.Multiple(() =>
        {
            Assert.That(nunit.ExitCode, Is.Not.Zero, nunit.Tail);
            Assert.That(nunit.Output, Does.Match(@"Failed:\s+1, Passed:\s+0, Skipped:\s+0, Total:\s+1\b"), nunit.Tail);
            Assert.That(nunit.Output, Does.Contain($"Failed {Id} ["), "the test is named by the scenario id");
            Assert.That(nunit.Output, Does.Contain($"FAIL {Id}: PUT /auth/credentials/activate ›"));
            Assert.That(nunit.Output, Does.Contain("[MUST, documented] dfns-legacy.credentials.activate/nonce/replay-rejected:"));
            Assert.That(nunit.Output, Does.Match(@"\n\s+Quote:\s+“.+”"), "the requirement's quote");
            Assert.That(nunit.Output, Does.Match(@"\n\s+Source:\s+\S+"), "the requirement's source");
            Assert.That(nunit.Output, Does.Contain("Expected: status 400"));
            Assert.That(nunit.Output, Does.Match(@"\n\s+Actual:\s+200\b"));
            Assert.That(nunit.Output, Does.Match(@"\n\s+Request:\s+curl -X PUT"));
            Assert.That(nunit.Output, Does.Not.Match(@"\n\s+at \S+\("), "no stack frame of the framework or the adapter");
            Assert.That(nunit.Output, Does.Contain($"Conformance against {staging.Url} (").And.Contain(": 1 scenarios, 0 passed, 0 warned, 0 inconclusive, 0 skipped, 1 failed"),
                "the counts are of what the filter selected, printed at the default verbosity");
            Assert.That(nunit.Output, Does.Contain("Conformance reports: " + Path.Combine(run.Folder, "reports")));
            Assert.That(reproduce.Success, Is.True, nunit.Tail);
        });

        Assert.That(reproduce.Value, Is.EqualTo($"./run-conformance.sh --target {staging.Url} --profile docs/staging-profile.yaml --spec dfns-legacy --only {Id}"));
        var again = run.Run(reproduce.Value);
        Assert.Multiple(() =>
        {
            Assert.That(again.ExitCode, Is.EqualTo(1), again.Tail);
            Assert.That(again.Output, Does.Contain($"× {Id}\n"));
            Assert.That(again.Output, Does.Contain("1 scenarios, 0 passed, 0 warned, 0 inconclusive, 0 skipped, 1 failed"), again.Tail);
        });
    }

    [GeneratedRegex(@"(?<=Reproduce: )\./run-conformance\.sh[^\n]*")]
    private static partial Regex Reproduce();
}
