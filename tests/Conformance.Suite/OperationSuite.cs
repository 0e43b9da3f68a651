namespace Conformance.Suite;

/// <summary>
/// One NUnit fixture per operation, named <c>contract.operation</c> (e.g. <c>dfns.credentials.activate</c>, <c>dfns-legacy.credentials.activate</c>),
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
        // Every target whose contracts generate this scenario runs it; the worst verdict decides.
        var run = SuiteRun.Current;
        var results = await run.RunAsync(id, TestContext.CurrentContext.CancellationToken);
        if (results.Count == 0) Assert.Ignore($"{id} is not part of this run (filter, target or spec changed)");
        VerdictMapper.Apply(results, Reproduction.Command(run.Settings, id));
    }
}
