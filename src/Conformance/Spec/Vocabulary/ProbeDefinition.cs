namespace Conformance.Spec.Vocabulary;

/// <summary>
/// A read that observes a resource's state (<c>x-conformance-probe</c>): either a single read
/// with the id in a path parameter, or a list whose items are matched on <see cref="Key"/>.
/// </summary>
public sealed record ProbeDefinition(
    string Kind,
    string? IdParameter,
    string? Items,
    string? Key,
    IReadOnlyList<ProbeState> States);
