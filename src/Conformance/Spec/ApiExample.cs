using System.Text.Json.Nodes;

namespace Conformance.Spec;

/// <summary>A named example of a request or response body, with its JSON value as written.</summary>
public sealed record ApiExample(string Name, JsonNode? Value, string Pointer);
