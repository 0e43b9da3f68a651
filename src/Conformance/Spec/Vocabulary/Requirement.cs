namespace Conformance.Spec.Vocabulary;

/// <summary>
/// One requirement from <c>x-requirements</c> (or a generic default): a key such as
/// <c>nonce/replay-rejected</c>, its level, what it rests on, where it comes from, and what a
/// target must answer.
/// </summary>
/// <param name="Key">Class and variant, e.g. <c>nonce/replay-rejected</c>.</param>
/// <param name="Level">MUST, SHOULD or MAY (never above <see cref="EvidenceBases.Ceiling"/> of its basis).</param>
/// <param name="Source">The document it comes from: a public URL (vendor page, RFC section) or a spec pointer.</param>
/// <param name="Quote">The sentence of that document the requirement rests on (verbatim), or for a decision what we chose.</param>
/// <param name="Expect">The expected answer, when the requirement states one.</param>
public sealed record Requirement(string Key, RequirementLevel Level, string Source, string Quote, Expectation? Expect)
{
    /// <summary>The scenario class: the part of the key before the first slash.</summary>
    public string Class => Key.Split('/')[0];

    /// <summary>What the requirement rests on.</summary>
    public EvidenceBasis Basis { get; init; } = EvidenceBasis.Convention;

    /// <summary>The seed file holding the same text, a second reference beside the public <see cref="Source"/>.</summary>
    public string? Seed { get; init; }
}
