namespace Conformance.Tests.Docs;

/// <summary>
/// Every shell block of README.md and docs/*.md is run, line by line, from the repository root,
/// against a reference target started as staging (for the lines that use $STAGING_URL), and each
/// line exits as documented (<c># exits 1</c>; otherwise 0). The few lines that cannot run inside
/// a test are listed below with the reason; README's staging recipe has its own test.
/// </summary>
[TestFixture]
[Category("docs")]
[NonParallelizable]
public sealed class DocumentedCommandsTests
{
    /// <summary>Commands not run here, and why. Everything else in a shell block runs.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotRun = new Dictionary<string, string>
    {
        ["dotnet test"] = "it runs this very test, which would run it again",
        ["./run-conformance.sh --targets targets.yaml"] = "targets.yaml is the example above it, naming hosts of the reader's own; MultiTargetRunTests runs a targets file against two reference targets",
        ["npm ci"] = "it reinstalls node_modules/ from the npm registry; scripts/render-allure.sh runs it on first use, and AllureReportOfflineTests renders with what it installed",
    };

    private StagingTarget staging = null!;
    private DocsRun run = null!;

    public static IEnumerable<TestCaseData> ShellBlocks() =>
        Documentation.Blocks().Where(b => b.IsShell && !StagingRecipeTests.IsTheRecipe(b))
            .Select(b => new TestCaseData(b.File, b.Line).SetName($"Commands of {b.Where}"));

    [OneTimeSetUp]
    public async Task Start()
    {
        Shell.IgnoreWhenNested();
        staging = await StagingTarget.StartAsync();
        run = new DocsRun(staging.Environment, renderHtml: true);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        run?.Dispose();
        if (staging is not null) await staging.DisposeAsync();
    }

    [Test]
    public void EveryShellBlockHasACommand()
    {
        Assert.That(Documentation.Blocks().Where(b => b.IsShell && b.Commands().Count == 0).Select(b => b.Where), Is.Empty);
    }

    [TestCaseSource(nameof(ShellBlocks))]
    [CancelAfter(3_600_000)]
    public void ExitAsDocumented(string file, int line)
    {
        var block = Documentation.Blocks().Single(b => b.File == file && b.Line == line);
        var skipped = new List<string>();
        foreach (var command in block.Commands())
        {
            if (NotRun.TryGetValue(command.Command, out var reason))
            {
                TestContext.Out.WriteLine($"not run: {command.Command}: {reason}");
                continue;
            }

            // A line that would run these tests again never runs (it would recurse).
            Assert.That(command.Command, Does.Not.Match(@"^dotnet test(\s+(-\S+|Conformance\.sln|tests/Conformance\.Tests\S*))*\s*$"),
                $"{command}: runs the documentation tests inside themselves; list it in NotRun with the reason");

            if (command.Command.StartsWith("scripts/check-reports-in-browser.sh", StringComparison.Ordinal)
                && !Shell.OnPath("chromium") && !Shell.OnPath("chromium-browser") && !Shell.OnPath("google-chrome"))
            {
                skipped.Add($"{command.Command} (no Chromium on PATH; the script would install it with apt-get)");
                continue;
            }

            TestContext.Out.WriteLine($"run: {run.Redirect(command.Line)}");
            var outcome = run.Run(command.Line);

            Assert.That(outcome.TimedOut, Is.False, $"{command} did not finish in time\n{outcome.Tail}");
            Assert.That(outcome.ExitCode, Is.EqualTo(command.ExpectedExit), $"{command} exited {outcome.ExitCode}, documented {command.ExpectedExit}\n{outcome.Tail}");
        }

        if (skipped.Count > 0) Assert.Warn("not run here: " + string.Join("; ", skipped));
    }
}
