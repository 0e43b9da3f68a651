namespace Conformance.Spec;

/// <summary>The request body an operation documents, one entry per content type.</summary>
public sealed record ApiRequestBody(bool Required, IReadOnlyList<ApiMediaType> Content)
{
    public ApiMediaType? Json => Content.FirstOrDefault(c => c.IsJson);
}
