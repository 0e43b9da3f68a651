using Conformance.Scenarios;
using Conformance.Spec;
using Conformance.Spec.Schemas;

namespace Conformance.Checks;

/// <summary>
/// Validates a recorded body against the documented schema of its response (JSON Schema 2020-12;
/// formats are annotations, as in OpenAPI 3.1's dialect).
/// </summary>
internal static class SchemaValidation
{
    /// <summary>
    /// The outcome when the body cannot be judged, or null when it can: no schema documented for
    /// a body that came (a documentation gap), or a body cut at the size cap (INCONCLUSIVE).
    /// </summary>
    public static CheckOutcome? CannotJudge(string check, ResolvedRequirement requirement, JudgedExchange judged, ApiResponse documented)
    {
        if (Media(judged, documented)?.Schema is null)
        {
            return judged.Response.Body.Length == 0
                ? Outcomes.Skip(check, requirement, "no body and no schema")
                : Outcomes.Gap(check, requirement, $"the documents give no schema for the body of {judged.Operation!.Label} {judged.Response.Status} ({judged.MediaType})",
                    $"{documented.Pointer}: no schema", Outcomes.Snippet(judged.Response.Body), judged.Index);
        }

        return judged.Response.Truncated
            ? Outcomes.Inconclusive(check, requirement, $"the body of {judged.Operation!.Label} {judged.Response.Status} was cut at the size cap, so it cannot be validated",
                exchange: judged.Index)
            : null;
    }

    /// <summary>
    /// The validation of the body (call after <see cref="CannotJudge"/>): valid, its errors, or a
    /// schema the validator cannot use (an unresolvable reference: the evidence cannot tell).
    /// </summary>
    public static SchemaResult Validate(JudgedExchange judged, ApiResponse documented)
    {
        var schema = Media(judged, documented)!.Schema!;
        return judged.Exchange.Json is null
            ? new SchemaResult([new SchemaError("", "body", "the body is not JSON")])
            : schema.Validate(judged.Exchange.Json);
    }

    /// <summary>The errors on one line: "the body is not JSON", or the validator's first errors.</summary>
    public static string Explain(JudgedExchange judged, SchemaResult result) =>
        judged.Exchange.Json is null ? "the body is not JSON" : result.Describe();

    /// <summary>The outcome for a schema that cannot be used: INCONCLUSIVE, naming the schema and why.</summary>
    public static CheckOutcome Unusable(string check, ResolvedRequirement requirement, JudgedExchange judged, ApiResponse documented, SchemaResult result) =>
        Outcomes.Inconclusive(check, requirement, $"the schema of {judged.Operation!.Label} {judged.Response.Status} cannot be used to validate: {result.Unusable}",
            exchange: judged.Index);

    private static ApiMediaType? Media(JudgedExchange judged, ApiResponse documented) =>
        documented.Content.FirstOrDefault(c => c.MediaType.Equals(judged.MediaType, StringComparison.OrdinalIgnoreCase))
        ?? documented.Content.FirstOrDefault(c => c.IsJson);
}
