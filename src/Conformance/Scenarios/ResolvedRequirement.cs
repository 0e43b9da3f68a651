using Conformance.Spec.Vocabulary;

namespace Conformance.Scenarios;

/// <summary>
/// A requirement bound to one operation: its stable id
/// (<c>&lt;vendor&gt;.&lt;operation&gt;/&lt;key&gt;</c>), level, and the sentence it comes from.
/// </summary>
public sealed record ResolvedRequirement(string Id, string Key, RequirementLevel Level, string Source, string Quote, Expectation? Expect)
{
    public static ResolvedRequirement For(string vendor, string operationSlug, Requirement requirement) =>
        new($"{vendor}.{operationSlug}/{requirement.Key}", requirement.Key, requirement.Level, requirement.Source, requirement.Quote, requirement.Expect);
}
