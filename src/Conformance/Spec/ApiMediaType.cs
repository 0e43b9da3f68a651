using Conformance.Spec.Schemas;

namespace Conformance.Spec;

/// <summary>One content type of a request body or response, with its schema and examples.</summary>
public sealed record ApiMediaType(string MediaType, SchemaRef? Schema, IReadOnlyList<ApiExample> Examples)
{
    public bool IsJson => MediaType.Contains("json", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>application/x-www-form-urlencoded</c>: the body is the object's fields, form-encoded.</summary>
    public bool IsForm => MediaType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>multipart/form-data</c> (or another multipart type): one part per property.</summary>
    public bool IsMultipart => MediaType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase);

    /// <summary>A body that is bytes, not a structure: octet-stream, images, PDFs, or a binary string schema.</summary>
    public bool IsBinary => !IsJson && !IsForm && !IsMultipart && !MediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        && !MediaType.Contains("xml", StringComparison.OrdinalIgnoreCase);
}
