using System.Text.RegularExpressions;
using Conformance.Execution;

namespace Conformance.Tests.Cli;

/// <summary>
/// The real command line as a process whose output is a pipe (as in CI): --version, --help, a
/// mistyped flag, and a short run at each detail — plain progress lines, no escape sequence.
/// </summary>
[TestFixture]
public sealed partial class CommandLineTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>A terminal-like environment, but the output is a pipe: still plain.</summary>
    private static readonly Dictionary<string, string?> Piped = new() { ["TERM"] = "xterm-256color", ["NO_COLOR"] = null, ["CI"] = null };

    private string reports = null!;

    [SetUp]
    public void CreateReports() => reports = Directory.CreateTempSubdirectory("conformance-cli-").FullName;

    [TearDown]
    public void DeleteReports() => Directory.Delete(reports, recursive: true);

    [Test]
    public async Task Version_PrintsTheSuiteVersion()
    {
        using var cli = CliProcess.Start("--version");
        var (code, _) = await cli.ExitAsync(Limit);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(cli.Stdout, Is.EqualTo($"Conformance {ConformanceRun.SuiteVersion}\n"));
        });
    }

    [Test]
    public async Task Help_PrintsTheGroupedUsage_AndExits0()
    {
        using var cli = CliProcess.Start("-h");
        var (code, _) = await cli.ExitAsync(Limit);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(cli.Stdout, Does.StartWith($"Conformance {ConformanceRun.SuiteVersion}:").And.Contain("\nTarget:\n").And.Contain("\nOutput:\n").And.Contain("Exit codes:"));
            Assert.That(cli.Stderr, Is.Empty);
        });
    }

    [Test]
    public async Task AMistypedFlag_Exits2_WithOneLineAndASuggestion()
    {
        using var cli = CliProcess.Start("--filtr", "nonce");
        var (code, _) = await cli.ExitAsync(Limit);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(cli.Stderr, Is.EqualTo("error: unknown option --filtr; did you mean --filter? (see --help)\n"));
            Assert.That(cli.Stdout, Is.Empty);
        });
    }

    [Test]
    public async Task ARunInALog_PrintsFailuresAndPlainProgressLines_WithoutEscapes()
    {
        using var cli = CliProcess.Start(Piped, Run());
        var (code, _) = await cli.ExitAsync(Limit);

        var progress = Progress().Matches(cli.Stdout).Select(m => m.Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1), cli.Stdout + cli.Stderr);
            Assert.That(progress, Is.Not.Empty, cli.Stdout);
            Assert.That(progress[^1], Does.Match(@"^progress: (\d+)/\1 scenarios \(100 %\), [1-9]\d* failed, \d+:\d\d elapsed, ETA 0:00$"));
            Assert.That(cli.Stdout, Does.Contain("\n× dfns-legacy.credentials.activate/nonce/replayed\n"));
            Assert.That(cli.Stdout, Does.Not.Contain("✔ "), "passing scenarios are counted, not listed");
            Assert.That(cli.Stdout, Does.Contain("writing reports…"));
            Assert.That(cli.Stdout + cli.Stderr, Does.Not.Contain('\u001b'));
        });
    }

    [Test]
    public async Task Quiet_PrintsOnlyTheSummaryLine()
    {
        using var cli = CliProcess.Start(Piped, [.. Run(), "--quiet"]);
        var (code, _) = await cli.ExitAsync(Limit);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1), cli.Stdout + cli.Stderr);
            Assert.That(cli.Stdout, Does.Match(@"^\d+ scenarios, \d+ passed, 0 warned, 0 inconclusive, 0 skipped, [1-9]\d* failed(; \d+ documentation gaps)?\n$"));
        });
    }

    [Test]
    public async Task Verbose_PrintsEveryScenarioAndItsChecks_AndNoColorKeepsItPlain()
    {
        using var cli = CliProcess.Start(new Dictionary<string, string?>(Piped) { ["NO_COLOR"] = "1" }, [.. Run(), "--verbose"]);
        var (code, _) = await cli.ExitAsync(Limit);

        // Each scenario once as it finished (a failure is printed again in the failure blocks).
        var scenarios = cli.Stdout.Split('\n').Distinct().Count(l => l.StartsWith("✔ dfns-legacy.", StringComparison.Ordinal) || l.StartsWith("× dfns-legacy.", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1), cli.Stdout + cli.Stderr);
            Assert.That(scenarios, Is.EqualTo(int.Parse(Progress().Matches(cli.Stdout)[^1].Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(cli.Stdout, Does.Contain("\n    ✔ ").And.Contain("\n    × "));
            Assert.That(cli.Stdout + cli.Stderr, Does.Not.Contain('\u001b'));
        });
    }

    [Test]
    public async Task DryRun_NeedsNoTarget_ThatAnswers()
    {
        var profile = Path.Combine(reports, "empty-profile.yaml");
        await File.WriteAllTextAsync(profile, "version: 1\nvendors: {}\n");
        var foreign = Path.Combine(Spec.SpecFiles.RepoRoot, "tests", "Conformance.Tests", "Execution", "Fixtures", "keyed-api.yaml");

        // Port 9 (discard) on the loopback: nothing listens, so any request would fail the run.
        using var cli = CliProcess.Start(Piped, "--dry-run", "--target", "http://127.0.0.1:9/", "--profile", profile, "--spec", foreign, "--reports", reports);
        var (code, _) = await cli.ExitAsync(Limit);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, cli.Stdout + cli.Stderr);
            Assert.That(cli.Stdout, Does.Contain("  keyed.reports.list/"));
        });
    }

    private string[] Run() =>
        ["--reference-fault", "dfns-nonce-replay-accepted", "--filter", "dfns-legacy.credentials.activate/nonce/*", "--no-html", "--reports", reports];

    [GeneratedRegex(@"^progress: \d+/(?<total>\d+) scenarios.*$", RegexOptions.Multiline)]
    private static partial Regex Progress();
}
