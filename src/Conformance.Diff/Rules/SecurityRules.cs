namespace Conformance.Diff.Rules;

/// <summary>
/// Rules on security. oasdiff grades security changes as INFO; for credential activation
/// endpoints the security requirement is part of the contract in both directions: adding a scheme
/// breaks every existing caller, and removing one (or offering an alternative without it) removes
/// a protection — replay nonce, signed user action — that clients, auditors and the suite's
/// auth/nonce/user-action scenarios rely on. So every security change is breaking.
/// </summary>
internal static class SecurityRules
{
    // Callers that do not send the new credential are refused (401).
    public static readonly DiffRule RequirementAdded = new("security.requirement.added", ChangeSeverity.Breaking);

    // A protection is gone: requests without it are now accepted.
    public static readonly DiffRule RequirementRemoved = new("security.requirement.removed", ChangeSeverity.Breaking);

    // Alternatives regrouped, schemes swapped or scopes changed: callers may be refused and the
    // guarantees differ.
    public static readonly DiffRule RequirementChanged = new("security.requirement.changed", ChangeSeverity.Breaking);

    // Type, scheme, header name, location, bearer format, token URL or scopes of a scheme: every
    // caller filling it the old way is refused.
    public static readonly DiffRule SchemeChanged = new("security.scheme.changed", ChangeSeverity.Breaking);

    // x-conformance-auth: a different provider (kind) or profile field fills the credential.
    public static readonly DiffRule BindingChanged = new("security.binding.changed", ChangeSeverity.Breaking);
}
