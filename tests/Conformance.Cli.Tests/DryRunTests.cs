using Conformance.Execution;

namespace Conformance.Cli.Tests;

/// <summary><c>--dry-run</c> with <c>--fuzz N</c> says what the fuzzing phase would send: requests per operation, how many in all, and the seed.</summary>
[TestFixture]
public sealed class DryRunTests
{
    [Test]
    public async Task DryRun_WithFuzzAndSeed_SaysHowManyRequestsPerOperationAndTheSeed()
    {
        var text = await DryRunAsync("--fuzz", "50", "--seed", "1234");

        Assert.That(text, Does.Contain("fuzzing after the scenarios: 50 generated requests per operation on 5 operations, up to 250 requests, "
            + "plus those that shrink a finding; seed 1234 (--fuzz 50 --seed 1234 generates the same requests)\n"));
    }

    [Test]
    public async Task DryRun_WithFuzzAlone_SaysTheSeedIsDrawnWhenTheRunStarts()
    {
        var text = await DryRunAsync("--fuzz", "7");

        Assert.That(text, Does.Contain("7 generated requests per operation").And.Contain("the seed is drawn when the run starts and printed with its results (give --seed S to fix it)"));
    }

    [Test]
    public async Task DryRun_WithoutFuzz_SaysNothingOfFuzzing()
    {
        var text = await DryRunAsync();

        Assert.That(text, Does.Not.Contain("fuzzing"));
    }

    [Test]
    public void Line_CountsEveryOperation()
    {
        Assert.That(FuzzPlan.Line(100, 9, 21), Does.StartWith("fuzzing after the scenarios: 100 generated requests per operation on 21 operations, up to 2100 requests"));
    }

    private static async Task<string> DryRunAsync(params string[] fuzz)
    {
        var spec = Path.Combine(RepositoryPaths.Root!, "specs", "senhasegura", "openapi.yaml");
        var parser = new CliParser();
        var flags = parser.RunArguments(parser.Parse(["--dry-run", "--spec", spec, .. fuzz]));
        var stdout = new StringWriter { NewLine = "\n" };
        using var signals = new StopSignals(TextWriter.Null);

        var exit = await RunCommand.RunAsync(flags, signals, new ConsoleOutput(Terminal.Log, stdout));

        Assert.That(exit, Is.Zero, stdout.ToString());
        return stdout.ToString();
    }
}
