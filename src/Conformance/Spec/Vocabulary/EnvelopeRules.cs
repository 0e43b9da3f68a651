namespace Conformance.Spec.Vocabulary;

/// <summary>Invariants every enveloped JSON body must keep (<c>x-envelope</c>).</summary>
/// <param name="AppliesTo">A top-level property whose presence marks an enveloped body.</param>
public sealed record EnvelopeRules(string AppliesTo, IReadOnlyList<EnvelopeInvariant> Invariants);
