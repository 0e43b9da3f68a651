using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Suite;

/// <summary>
/// One NUnit test per generated scenario, named <c>METHOD path › stimulus</c>, with categories
/// (vendor, contract, scenario class, level) for <c>dotnet test --filter TestCategory=nonce</c>. A thin
/// adapter: the engine decides; this only maps verdicts to NUnit results.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class ConformanceSuite
{
    public static IEnumerable<TestCaseData> Scenarios()
    {
        var settings = SuiteSettings.Read();
        var filter = ScenarioFilter.Parse(settings.Filter);
        foreach (var scenario in MultiTargetRun.PlannedSpecs(settings).SelectMany(d => ScenarioGenerator.Generate(d)).Where(filter.Matches))
        {
            var test = new TestCaseData(scenario.Id)
                .SetName(scenario.DisplayName)
                .SetDescription($"{scenario.Id}: {scenario.Requirement.Quote}")
                .SetCategory(scenario.Vendor)
                .SetCategory(scenario.Class)
                .SetCategory(scenario.Requirement.Level.ToString().ToUpperInvariant());
            if (scenario.Contract != scenario.Vendor) test.SetCategory(scenario.Contract);
            yield return test;
        }
    }

    [TestCaseSource(nameof(Scenarios))]
    public async Task Scenario(string id)
    {
        // Every target whose contracts generate this scenario runs it; the worst verdict decides.
        var results = await SuiteRun.Current.RunAsync(id, TestContext.CurrentContext.CancellationToken);
        if (results.Count == 0) Assert.Ignore($"{id} is not part of this run (filter, target or spec changed)");
        VerdictMapper.Apply(results);
    }
}
