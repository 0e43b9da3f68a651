using Conformance.Spec;
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

    /// <summary>
    /// This requirement applied to a response the spec's author chose (<see cref="ApiResponse.Decision"/>):
    /// at most SHOULD, as a decision — the vendor never documented that answer.
    /// </summary>
    public ResolvedRequirement On(ApiResponse? response) =>
        response?.Decision is null || Level != RequirementLevel.Must ? this : this with
        {
            Level = RequirementLevel.Should,
            Basis = EvidenceBasis.Decision,
            Quote = $"The documents do not give this answer's status or body; we expected the one in the spec ({response.Pointer}). {Quote}",
        };

    public static ResolvedRequirement For(string contract, string operationSlug, Requirement requirement) =>
        new($"{contract}.{operationSlug}/{requirement.Key}", requirement.Key, requirement.Level, requirement.Source, requirement.Quote, requirement.Expect)
        {
            Basis = requirement.Basis,
            Seed = requirement.Seed,
        };
}
