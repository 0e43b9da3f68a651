namespace Conformance.Scenarios.Schemas;

/// <summary>One request constraint of an operation and whether a violation of it was generated.</summary>
/// <param name="Place">parameters, body (the body itself and its top-level properties), nested, or branches (inside oneOf/anyOf).</param>
/// <param name="Why">Why no violation was generated, when none was.</param>
public sealed record CoverageEntry(string Operation, string Place, string Kind, string Location, bool Generated, string? Why);
