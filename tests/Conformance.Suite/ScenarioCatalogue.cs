using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Suite;

/// <summary>
/// The scenarios the settings select, generated once per test host (discovery and run), grouped
/// into one NUnit fixture per operation, named <c>contract.operation</c> as in junit.xml.
/// </summary>
internal static class ScenarioCatalogue
{
    /// <summary>The fixture that stands for a configuration NUnit cannot run (one clear line instead of a stack).</summary>
    public const string ConfigurationFixture = "configuration";

    private static readonly Lazy<(IReadOnlyList<Scenario> Scenarios, string? Problem)> Loaded = new(Load);

    public static IReadOnlyList<Scenario> All => Loaded.Value.Scenarios;

    /// <summary>Why no scenario could be generated (a bad setting or spec), or null.</summary>
    public static string? Problem => Loaded.Value.Problem;

    public static string ClassName(Scenario scenario) => $"{scenario.Contract}.{scenario.Operation.Slug}";

    /// <summary>The TestFixtureSource: one fixture per operation, in spec order.</summary>
    public static IEnumerable<TestFixtureData> Fixtures()
    {
        if (Problem is not null)
        {
            yield return new TestFixtureData(ConfigurationFixture) { TestName = ConfigurationFixture };
            yield break;
        }

        foreach (var name in All.Select(ClassName).Distinct(StringComparer.Ordinal))
        {
            yield return new TestFixtureData(name) { TestName = name };
        }
    }

    public static IEnumerable<Scenario> Of(string className) => All.Where(s => ClassName(s) == className);

    private static (IReadOnlyList<Scenario>, string?) Load()
    {
        try
        {
            var settings = SuiteSettings.Read();
            var filter = ScenarioFilter.Parse(settings.Filter);
            var scenarios = MultiTargetRun.PlannedSpecs(settings).SelectMany(d => ScenarioGenerator.Generate(d))
                .Where(filter.Matches)
                .Where(s => settings.OnlyScenarios is null || settings.OnlyScenarios.Contains(s.Id))
                .ToList();
            return (scenarios, null);
        }
        catch (Exception e) when (e is SettingsException or SpecLoadException)
        {
            return ([], e.Message);
        }
    }
}
