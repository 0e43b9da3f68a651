using Conformance.Scenarios;

namespace Conformance.Checks;

/// <summary>An error body (4xx/5xx) is valid against the error schema documented for that status.</summary>
internal sealed class ErrorShapeCheck : ICheck
{
    public string Name => CheckNames.ErrorShape;

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        foreach (var judged in JudgedExchange.All(context).Where(j => j.Response.Status >= 400 && j.Documented is not null && !Throttling.IsThrottled(j.Exchange)))
        {
            var requirement = context.Requirement("response/error-shape", judged.Operation).On(judged.Documented);
            if (SchemaValidation.CannotJudge(Name, requirement, judged, judged.Documented!) is { } cannot)
            {
                yield return cannot;
                continue;
            }

            var result = SchemaValidation.Validate(judged, judged.Documented!);
            if (result.Unusable is not null)
            {
                yield return SchemaValidation.Unusable(Name, requirement, judged, judged.Documented!, result);
                continue;
            }

            var errors = result.IsValid ? null : SchemaValidation.Explain(judged, result);
            yield return errors is null
                ? Outcomes.Pass(Name, requirement, "error body has the documented shape")
                : Outcomes.Fail(Name, requirement, $"{judged.Operation!.Label} {judged.Response.Status} error body does not have the documented shape",
                    $"a body valid against {judged.Documented!.Pointer}", $"{errors}: {Outcomes.Snippet(judged.Response.Body)}", judged.Index);
        }
    }
}
