namespace Conformance.Suite;

/// <summary>
/// One NUnit fixture per operation, named <c>vendor.operation</c> (e.g. <c>dfns.credentials.activate</c>),
/// holding one test per scenario named by its id. A thin adapter: the engine decides; this only
/// maps verdicts to NUnit results.
/// </summary>
[TestFixtureSource(typeof(ScenarioCatalogue), nameof(ScenarioCatalogue.Fixtures))]
[Parallelizable(ParallelScope.All)]
public sealed class OperationSuite(string operation)
{
    public string Operation { get; } = operation;

    [ScenarioCases]
    public async Task Scenario(string id)
    {
        var run = SuiteRun.Current;
        var scenario = run.Scenarios.FirstOrDefault(s => s.Id == id);
        if (scenario is null) Assert.Ignore($"{id} is not part of this run (filter or spec changed)");
        var result = await run.RunAsync(scenario!, TestContext.CurrentContext.CancellationToken);
        VerdictMapper.Apply(result, Reproduction.Command(run.Settings, id));
    }
}
