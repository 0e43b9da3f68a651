namespace Conformance.Spec;

/// <summary>
/// The spec as a whole cannot be used (missing file, invalid YAML/JSON, not OpenAPI 3.x).
/// The message is one line naming the file, the line where known, and what is wrong.
/// </summary>
public sealed class SpecLoadException(string message) : Exception(message);
