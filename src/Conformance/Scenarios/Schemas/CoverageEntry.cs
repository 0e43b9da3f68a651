namespace Conformance.Scenarios.Schemas;

/// <summary>One request constraint of an operation and whether a violation of it was generated.</summary>
/// <param name="Place">parameters, body (the body itself and its top-level properties), nested, or branches (inside oneOf/anyOf).</param>
/// <param name="Why">Why no violation was generated, when none was.</param>
public sealed record CoverageEntry(string Operation, string Place, string Kind, string Location, bool Generated, string? Why)
{
    /// <summary>
    /// False for a constraint no request can break: a parameter's <c>type: string</c> (every
    /// value in a URL, header or cookie is text). Counted, shown apart, left out of the share.
    /// </summary>
    public bool Breakable { get; init; } = true;
}
