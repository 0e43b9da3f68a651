namespace Conformance.Scenarios.Schemas;

/// <summary>
/// One request constraint of a schema: the JSON Schema keyword (<see cref="Kind"/>), where it is
/// written (<see cref="Origin"/>, a pointer into the document), and for <c>required</c> /
/// <c>dependentRequired</c> the property it names.
/// </summary>
internal sealed record Constraint(string Kind, string Origin, string? Detail = null)
{
    /// <summary>Identity within one instance location.</summary>
    public string Key => Detail is null ? $"{Origin}|{Kind}" : $"{Origin}|{Kind}|{Detail}";
}
