using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Checks;

/// <summary>Validates a recorded body against the documented schema of its response (NJsonSchema).</summary>
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
            ? Outcomes.Inconclusive(check, requirement, $"the body of {judged.Operation!.Label} {judged.Response.Status} cannot be validated: {judged.Response.Truncation}",
                exchange: judged.Index)
            : null;
    }

    /// <summary>Null when valid; else the first errors, one line. Call after <see cref="CannotJudge"/>.</summary>
    public static string? Errors(JudgedExchange judged, ApiResponse documented)
    {
        var schema = Media(judged, documented)!.Schema!;
        if (judged.Exchange.Json is null) return judged.Exchange.JsonProblem ?? "the body is not JSON";
        // Validated as it came: redaction (a masked password) must not break a minLength or a pattern.
        var errors = schema.Validate(judged.Response.BodyForValidation);
        return errors.Count == 0 ? null : string.Join("; ", errors.Take(3).Select(e => $"{e.Kind} at {(string.IsNullOrEmpty(e.Path) ? "#" : e.Path)}"));
    }

    private static ApiMediaType? Media(JudgedExchange judged, ApiResponse documented) =>
        documented.Content.FirstOrDefault(c => c.MediaType.Equals(judged.MediaType, StringComparison.OrdinalIgnoreCase))
        ?? documented.Content.FirstOrDefault(c => c.IsJson);
}
