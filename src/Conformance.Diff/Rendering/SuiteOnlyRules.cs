namespace Conformance.Diff.Rendering;

/// <summary>
/// Rules whose changes concern what the suite checks or how it is set up, not what a client sends
/// or reads: the provenance and strength of a requirement, which state probe or inverse the suite
/// uses, which identity it sends as the unprivileged caller, its test fixtures and id stimulus.
/// The migration note counts them at the end instead of listing them as client steps. A changed
/// documented answer (<c>requirement.expect.changed</c>) and any change of nonce, user-action,
/// idempotency or state semantics stay client steps: a client's handling is built on them.
/// </summary>
internal static class SuiteOnlyRules
{
    private static readonly HashSet<string> Ids = new(StringComparer.Ordinal)
    {
        "requirement.added", "requirement.removed", "requirement.level.lowered", "requirement.level.raised", "requirement.source.changed",
        "semantics.probe.changed", "semantics.inverse.changed", "semantics.resource.changed", "semantics.permissions.changed",
        "semantics.fixture-cases.changed", "document.vendor.changed", "document.unknown-id.changed",
    };

    public static bool Contains(string ruleId) => Ids.Contains(ruleId);
}
