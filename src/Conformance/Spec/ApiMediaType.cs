using NJsonSchema;

namespace Conformance.Spec;

/// <summary>One content type of a request body or response, with its schema and examples.</summary>
public sealed record ApiMediaType(string MediaType, JsonSchema? Schema, IReadOnlyList<ApiExample> Examples)
{
    public bool IsJson => MediaType.Contains("json", StringComparison.OrdinalIgnoreCase);
}
