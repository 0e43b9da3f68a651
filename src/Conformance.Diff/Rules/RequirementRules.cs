namespace Conformance.Diff.Rules;

/// <summary>Rules on x-requirements (document, security scheme and operation level).</summary>
internal static class RequirementRules
{
    // A new documented obligation of the server; clients only gain a guarantee.
    public static readonly DiffRule Added = new("requirement.added", ChangeSeverity.Safe);

    // A documented obligation is gone; the behaviour may or may not change.
    public static readonly DiffRule Removed = new("requirement.removed", ChangeSeverity.Risky);

    // MUST became SHOULD (or MAY): a guarantee weakened.
    public static readonly DiffRule LevelLowered = new("requirement.level.lowered", ChangeSeverity.Risky);

    // SHOULD became MUST: a guarantee strengthened.
    public static readonly DiffRule LevelRaised = new("requirement.level.raised", ChangeSeverity.Safe);

    // The documented answer (status, message, prefix) changed: clients matching on it break.
    public static readonly DiffRule ExpectChanged = new("requirement.expect.changed", ChangeSeverity.Breaking);

    // Provenance only (source document, quoted sentence).
    public static readonly DiffRule SourceChanged = new("requirement.source.changed", ChangeSeverity.Safe);
}
