using System.Text.Json.Nodes;

namespace Conformance.Spec.Vocabulary;

/// <summary>How one probe answer maps to a state name: a status and optionally a field value.</summary>
public sealed record ProbeState(string Name, int? Status, string? Field, JsonNode? EqualsValue);
