using NJsonSchema;

namespace Conformance.Spec;

/// <summary>A path, query or header parameter of an operation.</summary>
public sealed record ApiParameter(string Name, string In, bool Required, JsonSchema? Schema);
