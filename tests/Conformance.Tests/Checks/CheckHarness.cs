using Conformance.Checks;
using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Tests.Scenarios;

namespace Conformance.Tests.Checks;

/// <summary>Runs one registered check on a scenario and hand-made evidence, against the scenario's own spec.</summary>
internal static class CheckHarness
{
    public static IReadOnlyList<CheckOutcome> Evaluate(string check, Scenario scenario, EvidenceBuilder evidence) =>
        CheckRegistry.Get(check).Evaluate(new CheckContext(scenario, evidence.Build(), VendorScenarios.DocumentOf(scenario))).ToList();

    /// <summary>The only outcome, failing the test when there is not exactly one.</summary>
    public static CheckOutcome Single(string check, Scenario scenario, EvidenceBuilder evidence)
    {
        var outcomes = Evaluate(check, scenario, evidence);
        Assert.That(outcomes, Has.Count.EqualTo(1), $"{check}: {string.Join("; ", outcomes)}");
        return outcomes[0];
    }
}
