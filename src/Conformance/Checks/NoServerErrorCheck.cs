using Conformance.Scenarios;

namespace Conformance.Checks;

/// <summary>
/// No request the suite sends makes the server fail with a 5xx (RFC 9110 §15.6): a 5xx to a
/// deliberate client mistake is a crash, not an answer.
/// </summary>
internal sealed class NoServerErrorCheck : ICheck
{
    public string Name => CheckNames.NoServerError;

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        foreach (var judged in JudgedExchange.All(context).Where(j => !Throttling.IsThrottled(j.Exchange)))
        {
            var requirement = context.Requirement("response/no-5xx", judged.Operation ?? context.Scenario.Operation);
            yield return judged.Response.Status < 500
                ? Outcomes.Pass(Name, requirement, "no server error")
                : Outcomes.Fail(Name, requirement, $"{judged.Exchange.Request.Method} {judged.Exchange.Request.Url} made the server fail",
                    "a status below 500", Outcomes.Describe(judged.Exchange), judged.Index);
        }
    }
}
