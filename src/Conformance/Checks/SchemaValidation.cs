using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Checks;

/// <summary>
/// Validates a recorded body against the documented schema of its response (NJsonSchema): a JSON
/// body as JSON, a text body as the string it is (<see cref="MediaTypes"/>).
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
            ? Outcomes.Inconclusive(check, requirement, $"the body of {judged.Operation!.Label} {judged.Response.Status} was cut at the size cap, so it cannot be validated",
                exchange: judged.Index)
            : null;
    }

    /// <summary>Null when valid; else the first errors, one line. Call after <see cref="CannotJudge"/>.</summary>
    public static string? Errors(JudgedExchange judged, ApiResponse documented)
    {
        var media = Media(judged, documented)!;
        var schema = media.Schema!;
        var instance = MediaTypes.IsJson(media.MediaType) ? judged.Response.Body : MediaTypes.AsStringInstance(media, judged.Response.Body)!;
        if (MediaTypes.IsJson(media.MediaType) && judged.Exchange.Json is null) return "the body is not JSON";
        var errors = schema.Validate(instance);
        return errors.Count == 0 ? null : string.Join("; ", errors.Take(3).Select(e => $"{e.Kind} at {(string.IsNullOrEmpty(e.Path) ? "#" : e.Path)}"));
    }

    private static ApiMediaType? Media(JudgedExchange judged, ApiResponse documented) => MediaTypes.Documented(documented, judged.MediaType);
}
