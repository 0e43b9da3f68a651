using Conformance.Spec;

namespace Conformance.Checks;

/// <summary>Validates a recorded body against the documented schema of its response (NJsonSchema).</summary>
internal static class SchemaValidation
{
    /// <summary>Null when valid or there is no schema to judge by; else the first errors, one line.</summary>
    public static string? Errors(JudgedExchange judged, ApiResponse documented)
    {
        var media = documented.Content.FirstOrDefault(c => c.MediaType.Equals(judged.MediaType, StringComparison.OrdinalIgnoreCase))
            ?? documented.Content.FirstOrDefault(c => c.IsJson);
        if (media?.Schema is not { } schema) return null;
        if (judged.Response.Truncated) return null;
        if (judged.Exchange.Json is null) return "the body is not JSON";
        var errors = schema.Validate(judged.Response.Body);
        return errors.Count == 0 ? null : string.Join("; ", errors.Take(3).Select(e => $"{e.Kind} at {(string.IsNullOrEmpty(e.Path) ? "#" : e.Path)}"));
    }
}
