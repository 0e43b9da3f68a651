namespace Conformance.Diff;

/// <summary>One classified difference between two spec versions.</summary>
/// <param name="RuleId">Stable id of the rule that found it, e.g. <c>response.status.removed</c>.</param>
/// <param name="OperationSlug">The operation it concerns (NEW slug when the operation still exists);
/// null for document-level and security-scheme changes.</param>
/// <param name="RequirementKeys">Requirement keys (<c>nonce/replay-rejected</c>) whose scenarios the change touches.</param>
/// <param name="OldLocation">The node in the old document; null when the node is new.</param>
/// <param name="NewLocation">The node in the new document; null when the node was removed.</param>
/// <param name="Message">One sentence for a human reviewer.</param>
/// <param name="Steps">What a client must do about it, in plain words; null when the change has no
/// wording of its own (the migration note then shows <paramref name="Message"/>).</param>
public sealed record SpecChange(
    string RuleId,
    ChangeSeverity Severity,
    string? OperationSlug,
    IReadOnlyList<string> RequirementKeys,
    SpecLocation? OldLocation,
    SpecLocation? NewLocation,
    string Message,
    IReadOnlyList<ClientStep>? Steps = null);
