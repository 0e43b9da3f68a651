using Conformance.Spec.Vocabulary;

namespace Conformance.Scenarios;

/// <summary>
/// A requirement bound to one operation: its stable id
/// (<c>&lt;contract&gt;.&lt;operation&gt;/&lt;key&gt;</c>), level, basis, and the sentence it comes from.
/// </summary>
public sealed record ResolvedRequirement(string Id, string Key, RequirementLevel Level, string Source, string Quote, Expectation? Expect)
{
    /// <summary>What the requirement rests on (documented, specified, standard, decision, convention).</summary>
    public EvidenceBasis Basis { get; init; } = EvidenceBasis.Convention;

    /// <summary>The seed file with the same text, when the suite has it.</summary>
    public string? Seed { get; init; }

    public static ResolvedRequirement For(string contract, string operationSlug, Requirement requirement) =>
        new($"{contract}.{operationSlug}/{requirement.Key}", requirement.Key, requirement.Level, requirement.Source, requirement.Quote, requirement.Expect)
        {
            Basis = requirement.Basis,
            Seed = requirement.Seed,
        };
}
