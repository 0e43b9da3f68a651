namespace Conformance.Spec.Vocabulary;

/// <summary>
/// A read that observes a resource's state (<c>x-conformance-probe</c>): either a single read
/// with the id in a path parameter, or a list whose items are matched on <see cref="Key"/>.
/// Several reads may observe one kind: they are asked in <see cref="Order"/>, each reading only
/// as far as its own <see cref="Basis"/> goes (a reading that is our decision never outweighs a
/// documented answer).
/// </summary>
public sealed record ProbeDefinition(
    string Kind,
    string? IdParameter,
    string? Items,
    string? Key,
    IReadOnlyList<ProbeState> States)
{
    /// <summary>What the mapping of answers to states rests on; our decision unless the spec says more.</summary>
    public EvidenceBasis Basis { get; init; } = EvidenceBasis.Decision;

    /// <summary>Position among the probes of the same kind (lower first); null = after the ordered ones, in document order.</summary>
    public int? Order { get; init; }

    /// <summary>Whether the reading rests on the vendor's word (documented, specified, standard).</summary>
    public bool Documented => EvidenceBases.Ceiling(Basis) == RequirementLevel.Must;
}
