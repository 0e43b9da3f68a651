using Conformance.Checks;
using Conformance.Execution;

namespace Conformance.Tests.Execution.State;

/// <summary>
/// A target that goes dark mid-run (accepts connections, never answers): after N requests in a
/// row without an answer the run stops as "target unresponsive", reported INCOMPLETE; whatever
/// it could not put back is loud, stays in the journal, and the next run restores it.
/// </summary>
[TestFixture]
public sealed class UnresponsiveTargetTests
{
    [Test]
    [CancelAfter(180_000)]
    public async Task TheRunStops_AsUnresponsive_AndTheNextRunRestores()
    {
        await using var target = await TargetUnderTest.StartAsync();
        await using var proxy = new DarkeningProxy(target.Running.BaseUrl, answered: 60);
        var before = target.States();
        var settings = target.Settings("senhasegura.credentials.*") with
        {
            Target = proxy.BaseUrl,
            Specs = [Conformance.Tests.Spec.SpecFiles.Senhasegura],
            RequestTimeout = TimeSpan.FromSeconds(1),
            UnresponsiveAfter = 3,
            Parallelism = 2,
        };

        RunResult dark;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using (var run = await ConformanceRun.CreateAsync(settings, null, CancellationToken.None))
        {
            dark = await run.RunAllAsync(null, CancellationToken.None);
        }

        await TestContext.Out.WriteLineAsync($"dark target: {dark.Incomplete}; {dark.Scenarios.Count} scenarios ran, {dark.NotRun} not run, {dark.Unrestored.Count} unconfirmed, {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.Multiple(() =>
        {
            Assert.That(dark.Incomplete, Does.StartWith("target unresponsive: 3 requests in a row got no answer"));
            Assert.That(dark.NotRun, Is.GreaterThan(0));
            Assert.That(dark.Count(Verdict.Fail), Is.Zero, "a silent target fails nothing it was not asked");
            Assert.That(dark.Unrestored.Select(u => u.Headline), Is.All.EqualTo("restoration UNCONFIRMED"), "nothing it could not confirm is called restored");
        });

        proxy.ComeBack();
        await using (var next = await ConformanceRun.CreateAsync(settings with { Filter = "senhasegura.credentials.get/*" }, null, CancellationToken.None))
        {
            Assert.That(next.Outstanding, Is.Empty);
        }

        Assert.That(target.States(), Is.EqualTo(before), "read from the target itself");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task ATargetDarkFromTheStart_StopsBeforeTheFirstScenario_WithOneLine()
    {
        await using var target = await TargetUnderTest.StartAsync();
        await using var proxy = new DarkeningProxy(target.Running.BaseUrl, answered: 0);
        var settings = target.Settings("senhasegura.*") with
        {
            Target = proxy.BaseUrl,
            Specs = [Conformance.Tests.Spec.SpecFiles.Senhasegura],
            RequestTimeout = TimeSpan.FromSeconds(1),
            UnresponsiveAfter = 2,
        };

        var e = await Assert.ThrowsAsync<Conformance.Configuration.SettingsException>(() => ConformanceRun.CreateAsync(settings, null, CancellationToken.None));

        Assert.That(e!.Message, Does.StartWith("the run stopped before its first scenario: target unresponsive"));
    }
}
