namespace Conformance.Spec.Vocabulary;

/// <summary>
/// What a target must answer (the <c>expect</c> object of the vocabulary): a status, and
/// optionally the human message at the document's <c>error-message-field</c>. A source may
/// require only a class of status at the requirement's level (e.g. "refused": 4xx) and prefer
/// one code at a lower level (e.g. RFC 6750's SHOULD 401): <see cref="PreferredStatus"/>.
/// </summary>
public sealed record Expectation(
    StatusMatcher Status,
    string? Message = null,
    string? MessagePrefix = null,
    RequirementLevel MessageLevel = RequirementLevel.Should)
{
    /// <summary>A narrower status the source prefers, compared at <see cref="PreferredLevel"/>.</summary>
    public StatusMatcher? PreferredStatus { get; init; }

    public RequirementLevel PreferredLevel { get; init; } = RequirementLevel.Should;

    /// <summary>
    /// Where the preference comes from when that is not the requirement's own source (RFC 6750's
    /// SHOULD 401 beside a MUST "refused" that rests on the declared security): a public URL.
    /// </summary>
    public string? PreferredSource { get; init; }

    /// <summary>The sentence of <see cref="PreferredSource"/> (verbatim for a standard or a vendor document).</summary>
    public string? PreferredQuote { get; init; }

    /// <summary>What the preference rests on, when <see cref="PreferredSource"/> is given.</summary>
    public EvidenceBasis? PreferredBasis { get; init; }
}
