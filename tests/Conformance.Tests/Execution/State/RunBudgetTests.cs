using Conformance.Checks;
using Conformance.Execution;
using Conformance.ReferenceTarget;

namespace Conformance.Tests.Execution.State;

/// <summary>Past --max-duration the run stops, restores what it changed, and is reported INCOMPLETE.</summary>
[TestFixture]
public sealed class RunBudgetTests
{
    [Test]
    [CancelAfter(120_000)]
    public async Task ThePastBudget_StopsTheRun_AndEveryFixtureIsBack()
    {
        await using var target = await TargetUnderTest.StartAsync(new ReferenceTargetOptions { LatencyMs = 50 });
        var before = target.States();
        var settings = target.Settings("senhasegura.credentials.*") with { MaxDuration = TimeSpan.FromSeconds(2), Specs = [Conformance.Tests.Spec.SpecFiles.Senhasegura] };

        RunResult result;
        await using (var run = await ConformanceRun.CreateAsync(settings, null, CancellationToken.None))
        {
            result = await run.RunAllAsync(null, CancellationToken.None);
        }

        Assert.Multiple(() =>
        {
            Assert.That(result.Incomplete, Is.EqualTo("the run budget of 2 s (--max-duration) was used up"));
            Assert.That(result.NotRun, Is.GreaterThan(0));
            Assert.That(result.Count(Verdict.Fail), Is.Zero);
            Assert.That(result.Unrestored, Is.Empty);
            Assert.That(target.States(), Is.EqualTo(before), "read from the target itself");
        });
    }
}
