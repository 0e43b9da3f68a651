using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Tests.Spec;

[TestFixture]
public sealed class SmokeTests
{
    [Test]
    public void PrintsBothSpecs()
    {
        foreach (var path in SpecFiles.All)
        {
            var doc = SpecLoader.Load(path);
            TestContext.Out.WriteLine($"{doc.Vendor}: {doc.Operations.Count} ops, {doc.Problems.Count} problems, {doc.Decisions.Count} decisions");
            foreach (var p in doc.Problems) TestContext.Out.WriteLine("  PROBLEM " + p);
            var scenarios = ScenarioGenerator.Generate(doc);
            TestContext.Out.WriteLine($"  {scenarios.Count} scenarios");
            foreach (var s in scenarios) TestContext.Out.WriteLine($"  {s.Id} [{s.Requirement.Level}] {s.Requirement.Expect?.Status} :: {s.DisplayName}");
        }

        Assert.Pass();
    }
}
