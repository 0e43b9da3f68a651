namespace Conformance.Spec.Vocabulary;

/// <summary>The words of <see cref="EvidenceBasis"/> in specs and reports, and the level each may carry.</summary>
public static class EvidenceBases
{
    public static string Word(EvidenceBasis basis) => basis.ToString().ToLowerInvariant();

    public static EvidenceBasis? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "documented" => EvidenceBasis.Documented,
        "specified" => EvidenceBasis.Specified,
        "standard" => EvidenceBasis.Standard,
        "decision" => EvidenceBasis.Decision,
        "convention" => EvidenceBasis.Convention,
        _ => null,
    };

    /// <summary>The highest level a requirement on this basis may have.</summary>
    public static RequirementLevel Ceiling(EvidenceBasis basis) =>
        basis is EvidenceBasis.Decision or EvidenceBasis.Convention ? RequirementLevel.Should : RequirementLevel.Must;

    /// <summary>
    /// How a reader should take a requirement on this basis, in one phrase: a decision reads as
    /// what it is ("the documents are silent; we expected …"), never as the vendor's word.
    /// </summary>
    public static string Reading(EvidenceBasis basis) => basis switch
    {
        EvidenceBasis.Documented => "the vendor's documentation says",
        EvidenceBasis.Specified => "the vendor's OpenAPI document declares",
        EvidenceBasis.Standard => "a normative standard says",
        EvidenceBasis.Decision => "the documents are silent or disagree; we decided",
        _ => "the documents are silent; by common convention we expected",
    };

    /// <summary>
    /// The basis of a requirement written before bases were declared, read off its source: an RFC
    /// or the OpenAPI Specification is a standard, a seed or another public page is documented,
    /// anything else (our own notes) a convention — so an undeclared MUST resting on nothing
    /// published can never pass for more than SHOULD. Specs should declare <c>basis</c>.
    /// </summary>
    public static EvidenceBasis Infer(string source)
    {
        var s = source.Trim().ToLowerInvariant();
        if (s.Contains("rfc-editor.org", StringComparison.Ordinal) || s.Contains("spec.openapis.org", StringComparison.Ordinal) || s.StartsWith("rfc ", StringComparison.Ordinal))
        {
            return EvidenceBasis.Standard;
        }

        return s.StartsWith("seeds/", StringComparison.Ordinal) || s.StartsWith("https://", StringComparison.Ordinal) || s.StartsWith("http://", StringComparison.Ordinal)
            ? EvidenceBasis.Documented
            : EvidenceBasis.Convention;
    }
}
