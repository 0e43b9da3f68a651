using Conformance.Scenarios;
using Conformance.Spec;
using Conformance.Spec.Schemas;

namespace Conformance.Checks;

/// <summary>
/// Validates a recorded body against the documented schema of its response (JSON Schema 2020-12;
/// formats are annotations, as in OpenAPI 3.1's dialect): a JSON body as JSON, a text body as the
/// string it is (<see cref="MediaTypes"/>).
/// </summary>
internal static class SchemaValidation
{
    /// <summary>
    /// The outcome when the body cannot be judged, or null when it can: no schema documented for
    /// a body that came (a documentation gap), or a body cut at the size cap (INCONCLUSIVE).
    /// </summary>
    public static CheckOutcome? CannotJudge(string check, ResolvedRequirement requirement, JudgedExchange judged, ApiResponse documented)
    {
        var media = Media(judged, documented);
        if (media is null && documented.Content.Count > 0)
        {
            // An undocumented media type is the content-type check's finding; the body is not read as another type's.
            return Outcomes.Skip(check, requirement, $"a {(judged.MediaType.Length > 0 ? judged.MediaType : "untyped")} body is judged by its media type only");
        }

        if (media?.Schema is not null && !MediaTypes.IsJson(media.MediaType) && MediaTypes.AsStringInstance(media, judged.Response.Body) is null)
        {
            return Outcomes.Skip(check, requirement, $"a {judged.MediaType} body is judged by its media type only: its schema does not describe text");
        }

        if (media?.Schema is null)
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

    /// <summary>
    /// The validation of the body (call after <see cref="CannotJudge"/>): valid, its errors, or a
    /// schema the validator cannot use (an unresolvable reference: the evidence cannot tell).
    /// </summary>
    public static SchemaResult Validate(JudgedExchange judged, ApiResponse documented)
    {
        var media = Media(judged, documented)!;
        var schema = media.Schema!;
        if (!MediaTypes.IsJson(media.MediaType) && MediaTypes.AsStringInstance(media, judged.Response.BodyForValidation) is { } text)
        {
            return schema.Validate(text);
        }

        if (judged.Exchange.Json is null) return new SchemaResult([new SchemaError("", "body", judged.Exchange.JsonProblem ?? "the body is not JSON")]);

        // Validated as it came: redaction (a masked password) must not break a minLength or a pattern.
        return schema.Validate(judged.Response.UnredactedBody is { } raw ? ParseOr(raw, judged.Exchange.Json) : judged.Exchange.Json);
    }

    /// <summary>The errors on one line: "the body is not JSON", or the validator's first errors.</summary>
    public static string Explain(JudgedExchange judged, SchemaResult result) =>
        judged.Exchange.Json is null && MediaTypes.IsJson(judged.MediaType) ? judged.Exchange.JsonProblem ?? "the body is not JSON" : result.Describe();

    /// <summary>The outcome for a schema that cannot be used: INCONCLUSIVE, naming the schema and why.</summary>
    public static CheckOutcome Unusable(string check, ResolvedRequirement requirement, JudgedExchange judged, ApiResponse documented, SchemaResult result) =>
        Outcomes.Inconclusive(check, requirement, $"the schema of {judged.Operation!.Label} {judged.Response.Status} cannot be used to validate: {result.Unusable}",
            exchange: judged.Index);

    private static System.Text.Json.Nodes.JsonNode? ParseOr(string body, System.Text.Json.Nodes.JsonNode? fallback)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return fallback;
        }
    }

    private static ApiMediaType? Media(JudgedExchange judged, ApiResponse documented) => MediaTypes.Documented(documented, judged.MediaType);
}
