namespace Conformance.Diff.Rules;

/// <summary>
/// Rules on the vendor semantics written as x- extensions. Plain OpenAPI diff tools do not see
/// these at all, yet they are what a client's retry and replay logic is built on: a different nonce
/// window or encoding, a token no longer one-time, activate-twice now an error instead of a no-op.
/// Any change of nonce, user-action or idempotency/state semantics is breaking.
/// </summary>
internal static class SemanticRules
{
    // x-nonce: encoding, field names, accepted spellings, window: replay protection changed.
    public static readonly DiffRule NonceChanged = new("semantics.nonce.changed", ChangeSeverity.Breaking);

    // x-user-action: challenge operations, what the token binds, one-time use.
    public static readonly DiffRule UserActionChanged = new("semantics.user-action.changed", ChangeSeverity.Breaking);

    // x-conformance.repeat: what applying the operation twice returns (idempotency).
    public static readonly DiffRule RepeatChanged = new("semantics.repeat.changed", ChangeSeverity.Breaking);

    // x-conformance.effect: the state a 2xx leaves the resource in.
    public static readonly DiffRule EffectChanged = new("semantics.effect.changed", ChangeSeverity.Breaking);

    // x-conformance.probe or x-conformance-probe: how (and whether) the state can be observed.
    public static readonly DiffRule ProbeChanged = new("semantics.probe.changed", ChangeSeverity.Breaking);

    // x-conformance.inverse: what undoes the operation (fixtures are restored with it).
    public static readonly DiffRule InverseChanged = new("semantics.inverse.changed", ChangeSeverity.Breaking);

    // x-conformance.resource: which resource (and which id field) the operation acts on.
    public static readonly DiffRule ResourceChanged = new("semantics.resource.changed", ChangeSeverity.Breaking);

    // x-conformance.unknown-id: the documented answer for an id that does not exist.
    public static readonly DiffRule UnknownIdChanged = new("semantics.unknown-id.changed", ChangeSeverity.Breaking);

    // x-conformance.permissions: who must be refused, and how — an access-control change.
    public static readonly DiffRule PermissionsChanged = new("semantics.permissions.changed", ChangeSeverity.Breaking);

    // x-conformance.fixture-cases: extra cases on named test fixtures; test data, not the API.
    public static readonly DiffRule FixtureCasesChanged = new("semantics.fixture-cases.changed", ChangeSeverity.Risky);
}
