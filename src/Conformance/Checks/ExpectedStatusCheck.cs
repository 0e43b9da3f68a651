using Conformance.Scenarios;

namespace Conformance.Checks;

/// <summary>The stimulus got the status the scenario's requirement expects (h2spec's Requirement).</summary>
internal sealed class ExpectedStatusCheck : ICheck
{
    public string Name => CheckNames.ExpectedStatus;

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        var requirement = context.Scenario.Requirement;
        if (requirement.Expect is not { } expect)
        {
            yield return Outcomes.Skip(Name, requirement, "the requirement states no expected status");
            yield break;
        }

        if (!context.Evidence.Stimuli.Any())
        {
            yield return Outcomes.Fail(Name, requirement, $"{context.Scenario.Stimulus}: the stimulus was never sent",
                $"status {expect.Status}", "no stimulus was recorded (a setup step failed or was refused)");
            yield break;
        }

        foreach (var (exchange, index) in context.Evidence.Stimuli)
        {
            yield return exchange.Status is { } status && expect.Status.Matches(status)
                ? Outcomes.Pass(Name, requirement, $"answered {status}")
                : Outcomes.Fail(Name, requirement, $"{context.Scenario.Stimulus}: unexpected answer",
                    $"status {expect.Status}", Outcomes.Describe(exchange), index);
        }
    }
}
