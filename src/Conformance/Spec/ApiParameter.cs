using Conformance.Spec.Schemas;

namespace Conformance.Spec;

/// <summary>A path, query, header or cookie parameter of an operation.</summary>
/// <param name="In">path, query, header or cookie.</param>
public sealed record ApiParameter(string Name, string In, bool Required, SchemaRef? Schema)
{
    /// <summary>The serialization style (OpenAPI 3 §4.8.12.4): form for query and cookie, simple for path and header by default.</summary>
    public string Style { get; init; } = "simple";

    /// <summary>Whether arrays and objects are exploded (true by default for the form style).</summary>
    public bool Explode { get; init; }

    /// <summary>Where the parameter object is, for reports.</summary>
    public string Pointer { get; init; } = "";
}
