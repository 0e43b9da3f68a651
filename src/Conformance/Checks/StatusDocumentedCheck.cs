using Conformance.Scenarios;

namespace Conformance.Checks;

/// <summary>Every response status is one its operation documents (OpenAPI §4.8.16).</summary>
internal sealed class StatusDocumentedCheck : ICheck
{
    public string Name => CheckNames.StatusDocumented;

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        foreach (var judged in JudgedExchange.All(context).Where(j => j.Operation is not null))
        {
            var requirement = context.Requirement("response/status-documented", judged.Operation);
            var documented = judged.Operation!.Responses.Select(r => r.StatusCode).ToList();
            yield return judged.Documented is not null
                ? Outcomes.Pass(Name, requirement, $"{judged.Response.Status} is documented")
                : Outcomes.Fail(Name, requirement, $"{judged.Operation.Label} answered an undocumented status",
                    $"one of {string.Join(", ", documented)}", Outcomes.Describe(judged.Exchange), judged.Index);
        }
    }
}
