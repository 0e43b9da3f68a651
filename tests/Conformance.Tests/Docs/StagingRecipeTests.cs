using System.Text.RegularExpressions;

namespace Conformance.Tests.Docs;

/// <summary>
/// README's staging recipe, copied as written, against a reference target started as "staging"
/// with the environment the README's table asks for: both lines exit 0, every scenario that ran
/// passed or was skipped with a reason, and every fixture was put back.
/// </summary>
[TestFixture]
[Category("docs")]
[NonParallelizable]
public sealed partial class StagingRecipeTests
{
    public static bool IsTheRecipe(FencedBlock block) =>
        block.File == "README.md" && block.IsShell && block.Text.Contains("--profile docs/staging-profile.yaml", StringComparison.Ordinal);

    [Test]
    [CancelAfter(3_600_000)]
    public async Task TheReadmeStagingRecipe_RunsAsWrittenAgainstAReferenceTargetStartedAsStaging()
    {
        Shell.IgnoreWhenNested();
        var recipe = Documentation.Blocks().Single(IsTheRecipe);
        var commands = recipe.Commands();
        await using var staging = await StagingTarget.StartAsync();
        using var run = new DocsRun(staging.Environment);

        Assert.That(commands.Select(c => c.Command), Is.EqualTo(new[]
        {
            "./run-conformance.sh --target \"$DFNS_STAGING_URL\" --profile docs/staging-profile.yaml --spec dfns",
            "./run-conformance.sh --target \"$SENHA_STAGING_URL\" --profile docs/staging-profile.yaml --spec senhasegura",
            "CONFORMANCE_TARGET=\"$DFNS_STAGING_URL\" CONFORMANCE_SPEC=dfns dotnet test tests/Conformance.Suite -s docs/staging.runsettings.example",
        }), "the recipe this test runs is the one the README shows");

        foreach (var (command, url) in new[] { (commands[0], staging.Url), (commands[1], new Uri(staging.Environment["SENHA_STAGING_URL"])) })
        {
            var cli = run.Run(command.Line);
            Assert.Multiple(() =>
            {
                Assert.That(cli.ExitCode, Is.Zero, cli.Tail);
                Assert.That(cli.Output, Does.Contain($"scenarios against {url.ToString().TrimEnd('/')}"), cli.Tail);
                Assert.That(Summary().Match(cli.Output) is { Success: true } m && m.Groups["failed"].Value == "0" && int.Parse(m.Groups["passed"].Value, System.Globalization.CultureInfo.InvariantCulture) > 0, Is.True, cli.Tail);
                Assert.That(cli.Output, Does.Not.Contain("NOT restored"));
            });
        }

        var nunit = run.Run(commands[2].Line);
        Assert.Multiple(() =>
        {
            Assert.That(nunit.ExitCode, Is.Zero, nunit.Tail);
            Assert.That(nunit.Output, Does.Contain($"Conformance against {staging.Url}"), nunit.Tail);
            Assert.That(Summary().Match(nunit.Output) is { Success: true } m && m.Groups["failed"].Value == "0", Is.True, nunit.Tail);
            Assert.That(nunit.Output, Does.Contain("Conformance reports: " + Path.Combine(run.Folder, "reports")), "the relative profile path and the reports folder resolved");
        });
    }

    [GeneratedRegex(@"(?<total>\d+) scenarios, (?<passed>\d+) passed, \d+ warned, \d+ inconclusive, \d+ skipped, (?<failed>\d+) failed")]
    private static partial Regex Summary();
}
