using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Builders;

namespace Conformance.Suite;

/// <summary>
/// Builds the test cases of one operation's fixture: one per scenario, named by the scenario id
/// (so <c>dotnet test --filter "Name=&lt;id&gt;"</c> selects exactly one), with the display name and
/// requirement as description, and the vendor, class and level as categories. Its fully
/// qualified name is <c>Conformance.Suite.&lt;vendor.operation&gt;.&lt;class&gt;/&lt;variant&gt;</c>.
/// A TestCaseSource cannot see which fixture it builds for; an ITestBuilder can.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ScenarioCasesAttribute : NUnitAttribute, ITestBuilder
{
    private readonly NUnitTestCaseBuilder builder = new();

    public IEnumerable<TestMethod> BuildFrom(IMethodInfo method, Test? suite)
    {
        var className = suite?.Arguments.FirstOrDefault() as string ?? "";
        if (className == ScenarioCatalogue.ConfigurationFixture)
        {
            var broken = new TestCaseParameters([ScenarioCatalogue.ConfigurationFixture]) { TestName = "settings", RunState = RunState.NotRunnable };
            broken.Properties.Set(PropertyNames.SkipReason, ScenarioCatalogue.Problem ?? "the settings cannot be read");
            yield return builder.BuildTestMethod(method, suite, broken);
            yield break;
        }

        foreach (var scenario in ScenarioCatalogue.Of(className))
        {
            var parameters = new TestCaseParameters([scenario.Id]) { TestName = scenario.Id };
            parameters.Properties.Set(PropertyNames.Description, $"{scenario.DisplayName} — {scenario.Requirement.Id}: {scenario.Requirement.Quote}");
            foreach (var category in scenario.Tags) parameters.Properties.Add(PropertyNames.Category, category);
            var test = builder.BuildTestMethod(method, suite, parameters);

            // The fully qualified name is namespace.class.method for every tool that splits it at
            // the last dot (JUnit and TRX loggers, IDEs): Conformance.Suite.dfns.credentials.activate
            // .nonce/replayed, not the whole id again after the class.
            test.FullName = $"{suite!.FullName}.{scenario.Class}/{scenario.Variant}";
            yield return test;
        }
    }
}
