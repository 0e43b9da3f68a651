using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Suite;

/// <summary>
/// One NUnit test per generated scenario, named <c>METHOD path › stimulus</c>, with categories
/// (vendor, scenario class, level) for <c>dotnet test --filter TestCategory=nonce</c>. A thin
/// adapter: the engine decides; this only maps verdicts to NUnit results.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class ConformanceSuite
{
    public static IEnumerable<TestCaseData> Scenarios()
    {
        var settings = SuiteSettings.Read();
        var specs = settings.Specs.Count > 0 ? settings.Specs : RepositoryPaths.DefaultSpecs;
        var filter = ScenarioFilter.Parse(settings.Filter);
        foreach (var scenario in specs.Select(SpecLoader.Load).SelectMany(d => ScenarioGenerator.Generate(d)).Where(filter.Matches))
        {
            yield return new TestCaseData(scenario.Id)
                .SetName(scenario.DisplayName)
                .SetDescription($"{scenario.Id}: {scenario.Requirement.Quote}")
                .SetCategory(scenario.Vendor)
                .SetCategory(scenario.Class)
                .SetCategory(scenario.Requirement.Level.ToString().ToUpperInvariant());
        }
    }

    [TestCaseSource(nameof(Scenarios))]
    public async Task Scenario(string id)
    {
        var run = SuiteRun.Current;
        var scenario = run.Scenarios.FirstOrDefault(s => s.Id == id);
        if (scenario is null) Assert.Ignore($"{id} is not part of this run (filter or spec changed)");
        var result = await run.RunAsync(scenario!, TestContext.CurrentContext.CancellationToken);
        VerdictMapper.Apply(result);
    }
}
