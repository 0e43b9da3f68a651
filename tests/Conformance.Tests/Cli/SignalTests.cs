using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using Conformance.ReferenceTarget;
using Conformance.Tests.Execution.State;

namespace Conformance.Tests.Cli;

/// <summary>
/// SIGTERM, a double SIGINT (what GNU timeout and an impatient Ctrl+C send) and kill -9 with a
/// rerun, sent to the real command line while it is changing fixtures of a reference target the
/// test started; the fixtures are then read from the target itself. Each leaves nothing changed.
/// CONFORMANCE_SIGNAL_TRIES repeats each (default 1).
/// </summary>
[TestFixture]
[Category("Signals")]
[Platform(Exclude = "Win")]
public sealed class SignalTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    public static IEnumerable<int> Tries() =>
        Enumerable.Range(1, int.TryParse(Environment.GetEnvironmentVariable("CONFORMANCE_SIGNAL_TRIES"), out var n) && n > 0 ? n : 1);

    [TestCaseSource(nameof(Tries))]
    public async Task Sigterm_RestoresEveryFixture_ReportsIncomplete_Exits2(int attempt)
    {
        await using var target = await SlowTarget();
        var before = target.States();
        using var cli = Run(target);

        await cli.UntilAsync(() => !Same(target.States(), before), Limit, "fixture changed by the run");
        var signalled = DateTime.UtcNow;
        cli.Signal(PosixSignal.SIGTERM);
        var (code, _) = await cli.ExitAsync(Limit);
        var stop = DateTime.UtcNow - signalled;
        await TestContext.Out.WriteLineAsync($"SIGTERM try {attempt}: exit {code} {stop.TotalSeconds:0.0} s after the signal");

        var summary = Summary(target);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2), cli.Stderr);
            Assert.That(target.States(), Is.EqualTo(before), "read from the target itself");
            Assert.That(cli.Stderr, Does.Contain("SIGTERM: stopping"));
            Assert.That(cli.Stderr, Does.Contain("the run is INCOMPLETE (stopped by SIGTERM)"));
            Assert.That(summary["passed"]!.GetValue<bool>(), Is.False);
            Assert.That(summary["incomplete"]!.GetValue<string>(), Is.EqualTo("stopped by SIGTERM"));
            Assert.That(summary["unrestoredFixtures"]!.AsArray(), Is.Empty, Journal(target) + "\n" + cli.Stdout + cli.Stderr);
            Assert.That(Directory.Exists(Path.Combine(target.Reports, "latest")), Is.False, "an incomplete run does not replace latest/");
        });
    }

    [TestCaseSource(nameof(Tries))]
    public async Task DoubleSigint_KeepsRestoring_SaysWhat_Exits2(int attempt)
    {
        await using var target = await SlowTarget();
        var before = target.States();
        using var cli = Run(target);

        await cli.UntilAsync(() => !Same(target.States(), before), Limit, "fixture changed by the run");
        var signalled = DateTime.UtcNow;
        cli.Signal(PosixSignal.SIGINT);
        await Task.Delay(50);
        cli.Signal(PosixSignal.SIGINT);
        var (code, _) = await cli.ExitAsync(Limit);
        var stop = DateTime.UtcNow - signalled;
        await TestContext.Out.WriteLineAsync($"double SIGINT try {attempt}: exit {code} {stop.TotalSeconds:0.0} s after the first signal");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2), cli.Stderr);
            Assert.That(target.States(), Is.EqualTo(before), "read from the target itself");
            Assert.That(cli.Stderr, Does.Contain("SIGINT: stopping"));
            Assert.That(cli.Stderr, Does.Match("SIGINT: still (restoring|stopping)").And.Contain("A third signal abandons"));
            Assert.That(Summary(target)["incomplete"]!.GetValue<string>(), Is.EqualTo("stopped by SIGINT"));
        });
    }

    [TestCaseSource(nameof(Tries))]
    public async Task KillDash9_ThenARerun_RestoresFromTheJournal(int attempt)
    {
        await using var target = await SlowTarget();
        var before = target.States();
        using (var killed = Run(target))
        {
            await killed.UntilAsync(() => !Same(target.States(), before), Limit, "fixture changed by the run");
            killed.KillHard();
            await killed.ExitAsync(Limit);
        }

        var leftChanged = Differences(target.States(), before);
        using var rerun = Run(target, "senhasegura.credentials.get/positive/*");
        var (code, elapsed) = await rerun.ExitAsync(Limit);
        await TestContext.Out.WriteLineAsync($"kill -9 try {attempt}: {leftChanged.Count} fixtures left changed; rerun exit {code} after {elapsed.TotalSeconds:0.0} s");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, rerun.Stdout + rerun.Stderr);
            Assert.That(target.States(), Is.EqualTo(before), "read from the target itself");
            foreach (var fixture in leftChanged)
            {
                Assert.That(rerun.Stdout, Does.Contain("recovered from an unfinished run").And.Contain(fixture.Split('/')[^1]));
            }
        });
    }

    [Test]
    public async Task AnEmptyFilter_IsAnError_NotEveryScenario()
    {
        using var cli = CliProcess.Start("--filter", "", "--dry-run");
        var (code, _) = await cli.ExitAsync(Limit);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(cli.Stderr.Trim(), Is.EqualTo("error: option --filter has an empty value; give a value or leave the option out"));
            Assert.That(cli.Stdout, Is.Empty);
        });
    }

    /// <summary>Every response 60 ms late, so a run lasts long enough to be interrupted mid-change.</summary>
    private static Task<TargetUnderTest> SlowTarget() => TargetUnderTest.StartAsync(new ReferenceTargetOptions { LatencyMs = 60 });

    private static CliProcess Run(TargetUnderTest target, string filter = "senhasegura.credentials.*,dfns-legacy.credentials.*") =>
        CliProcess.Start("--target", target.Running.BaseUrl.ToString(), "--profile", target.ProfilePath, "--reports", target.Reports,
            "--spec", "dfns-legacy", "--spec", "senhasegura", "--no-html", "--parallel", "4", "--filter", filter);

    private static bool Same(IReadOnlyDictionary<string, bool> a, IReadOnlyDictionary<string, bool> b) => Differences(a, b).Count == 0;

    private static List<string> Differences(IReadOnlyDictionary<string, bool> a, IReadOnlyDictionary<string, bool> b) =>
        a.Where(kv => b[kv.Key] != kv.Value).Select(kv => kv.Key).ToList();

    private static string Journal(TargetUnderTest target) =>
        Directory.Exists(Path.Combine(target.Reports, ".journal"))
            ? string.Join("\n", Directory.GetFiles(Path.Combine(target.Reports, ".journal"), "*.jsonl").Select(File.ReadAllText))
            : "(no journal)";

    private static JsonObject Summary(TargetUnderTest target)
    {
        var folder = Directory.GetDirectories(target.Reports).Single(d => !Path.GetFileName(d).StartsWith('.'));
        return JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "summary.json")))!.AsObject();
    }
}
