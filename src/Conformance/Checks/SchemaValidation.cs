using Conformance.Spec;

namespace Conformance.Checks;

/// <summary>Validates a recorded body against the documented schema of its response (NJsonSchema).</summary>
internal static class SchemaValidation
{
    /// <summary>Why the body cannot be judged (no schema documented, body cut at the cap), or null.</summary>
    public static string? CannotJudge(JudgedExchange judged, ApiResponse documented) =>
        Media(judged, documented)?.Schema is null ? "no schema is documented for this response"
        : judged.Response.Truncated ? "the body was cut at the size cap, so it cannot be validated"
        : null;

    /// <summary>Null when valid; else the first errors, one line. Call after <see cref="CannotJudge"/>.</summary>
    public static string? Errors(JudgedExchange judged, ApiResponse documented)
    {
        var schema = Media(judged, documented)!.Schema!;
        if (judged.Exchange.Json is null) return "the body is not JSON";
        var errors = schema.Validate(judged.Response.Body);
        return errors.Count == 0 ? null : string.Join("; ", errors.Take(3).Select(e => $"{e.Kind} at {(string.IsNullOrEmpty(e.Path) ? "#" : e.Path)}"));
    }

    private static ApiMediaType? Media(JudgedExchange judged, ApiResponse documented) =>
        documented.Content.FirstOrDefault(c => c.MediaType.Equals(judged.MediaType, StringComparison.OrdinalIgnoreCase))
        ?? documented.Content.FirstOrDefault(c => c.IsJson);
}
