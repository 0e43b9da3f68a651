using Conformance.Spec.Vocabulary;

namespace Conformance.Checks;

/// <summary>
/// The result of one check on one scenario: for a failure, the title, expected and actual
/// (schemathesis' Failure; h2spec's TestError), and the requirement it breaks at which level.
/// </summary>
/// <param name="ExchangeIndex">Index into the scenario's exchanges of the evidence, when one exchange is.</param>
public sealed record CheckOutcome(
    string Check,
    CheckStatus Status,
    string RequirementId,
    RequirementLevel Level,
    string Title,
    string? Expected = null,
    string? Actual = null,
    int? ExchangeIndex = null)
{
    /// <summary>The requirement judged, with its source, quote and basis (null for outcomes made without one).</summary>
    public Scenarios.ResolvedRequirement? Requirement { get; init; }

    public static CheckOutcome Passed(string check, string requirementId, RequirementLevel level, string title) =>
        new(check, CheckStatus.Pass, requirementId, level, title);

    public static CheckOutcome Skipped(string check, string requirementId, RequirementLevel level, string reason) =>
        new(check, CheckStatus.Skip, requirementId, level, reason);
}
