using Conformance.Scenarios;

namespace Conformance.Checks;

/// <summary>
/// Every response status is one its operation documents. A status the documents do not list,
/// given to a refusal the suite provoked on purpose, is a documentation gap (the documents do
/// not say what happens then), not the target's failure; anywhere else it breaks
/// <c>response/status-documented</c> at that requirement's level.
/// </summary>
internal sealed class StatusDocumentedCheck : ICheck
{
    public string Name => CheckNames.StatusDocumented;

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        foreach (var judged in JudgedExchange.All(context).Where(j => j.Operation is not null && !Throttling.IsThrottled(j.Exchange)))
        {
            var requirement = context.Requirement("response/status-documented", judged.Operation);
            var documented = judged.Operation!.Responses.Select(r => r.StatusCode).ToList();
            if (documented.Count == 0)
            {
                // OpenAPI 3.1 lets an operation document no response: then no status is one it documents, and none breaks it.
                yield return Outcomes.Gap(Name, requirement, $"the documents list no response for {judged.Operation.Label}",
                    "documented: (none)", Outcomes.Describe(judged.Exchange), judged.Index);
            }
            else if (judged.Documented is not null)
            {
                yield return Outcomes.Pass(Name, requirement, $"{judged.Response.Status} is documented");
            }
            else if (ProvokedRefusal(context, judged))
            {
                yield return Outcomes.Gap(Name, requirement,
                    $"the documents do not say what {judged.Operation.Label} answers when the suite {context.Scenario.Stimulus}",
                    $"documented: {string.Join(", ", documented)}", Outcomes.Describe(judged.Exchange), judged.Index);
            }
            else
            {
                yield return Outcomes.Fail(Name, requirement, $"{judged.Operation.Label} answered an undocumented status",
                    $"one of {string.Join(", ", documented)}", Outcomes.Describe(judged.Exchange), judged.Index);
            }
        }
    }

    /// <summary>A 4xx answer to a stimulus the scenario sent to be refused.</summary>
    internal static bool ProvokedRefusal(CheckContext context, JudgedExchange judged) =>
        judged.Response.Status is >= 400 and < 500
        && judged.Exchange.Label.StartsWith("stimulus", StringComparison.Ordinal)
        && context.Scenario.Requirement.Expect is { } expect
        && !Enumerable.Range(200, 100).Any(expect.Status.Matches);
}
