namespace Conformance.Spec.Vocabulary;

/// <summary>
/// What a requirement rests on, and so how far it may go. Only a source that itself says MUST
/// (or an equivalent: a documented status, a documented error message) can carry a MUST:
/// <see cref="Documented"/>, <see cref="Specified"/> and <see cref="Standard"/>. Our own
/// <see cref="Decision"/>s and common <see cref="Convention"/>s are at most SHOULD.
/// </summary>
public enum EvidenceBasis
{
    /// <summary>A verbatim sentence, table row or example of a vendor document (public URL; seed file when we have it).</summary>
    Documented,

    /// <summary>The vendor's own OpenAPI document: a pointer to the schema, status or field it declares.</summary>
    Specified,

    /// <summary>A verbatim normative sentence of an RFC or of the OpenAPI Specification, with its section.</summary>
    Standard,

    /// <summary>Our <c>x-decision</c> where the documents are silent or contradict each other.</summary>
    Decision,

    /// <summary>Common practice with no normative source.</summary>
    Convention,
}
