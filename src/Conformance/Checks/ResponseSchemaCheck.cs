using Conformance.Scenarios;

namespace Conformance.Checks;

/// <summary>A 2xx body is valid against the schema its operation documents for that status.</summary>
internal sealed class ResponseSchemaCheck : ICheck
{
    public string Name => CheckNames.ResponseSchema;

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        foreach (var judged in JudgedExchange.All(context).Where(j => j.Response.Status is >= 200 and < 300 && j.Documented is not null && !Throttling.IsThrottled(j.Exchange)))
        {
            var requirement = context.Requirement("response/schema-valid", judged.Operation).On(judged.Documented);
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
                ? Outcomes.Pass(Name, requirement, "body valid against its schema")
                : Outcomes.Fail(Name, requirement, $"{judged.Operation!.Label} {judged.Response.Status} body does not match its schema",
                    $"a body valid against {judged.Documented!.Pointer}", $"{errors}: {Outcomes.Snippet(judged.Response.Body)}", judged.Index);
        }
    }
}
