namespace Conformance.Spec.Vocabulary;

/// <summary>
/// One requirement from <c>x-requirements</c> (or a generic default): a key such as
/// <c>nonce/replay-rejected</c>, its level, where it comes from, and what a target must answer.
/// </summary>
/// <param name="Key">Class and variant, e.g. <c>nonce/replay-rejected</c>.</param>
/// <param name="Level">MUST, SHOULD or MAY.</param>
/// <param name="Source">The document it comes from (seed file, URL or spec pointer).</param>
/// <param name="Quote">The sentence of that document the requirement rests on.</param>
/// <param name="Expect">The expected answer, when the requirement states one.</param>
public sealed record Requirement(string Key, RequirementLevel Level, string Source, string Quote, Expectation? Expect)
{
    /// <summary>The scenario class: the part of the key before the first slash.</summary>
    public string Class => Key.Split('/')[0];
}
