namespace Conformance.Spec.Vocabulary;

/// <summary>
/// What one documented answer of a state-changing operation says about its resource
/// (<c>x-conformance.outcomes</c>): the state after it and, where the answer implies it, the
/// state before it (senhasegura "1043: Credential is already activated!" says the credential
/// was and is active). The answer of the operation itself is evidence of the state, as good as
/// the document it rests on (<see cref="Basis"/>).
/// </summary>
/// <param name="Status">The HTTP status of the answer.</param>
/// <param name="Message">The exact text at <see cref="Field"/>, when the status alone does not tell.</param>
/// <param name="MessagePrefix">The text at <see cref="Field"/> starts with this (e.g. <c>1043:</c>).</param>
/// <param name="Field">Dotted path of the message; null = the document's <c>error-message-field</c>.</param>
/// <param name="State">The resource's state after such an answer.</param>
/// <param name="Was">The resource's state before the request, when the answer implies it.</param>
public sealed record StateOutcome(int Status, string? Message, string? MessagePrefix, string? Field, string State, string? Was, EvidenceBasis Basis)
{
    /// <summary>Whether the mapping rests on the vendor's word (documented, specified, standard), not on ours.</summary>
    public bool Documented => EvidenceBases.Ceiling(Basis) == RequirementLevel.Must;

    public override string ToString() =>
        $"{Status}{(Message is null ? "" : $" \"{Message}\"")}{(MessagePrefix is null ? "" : $" \"{MessagePrefix}…\"")}";
}
