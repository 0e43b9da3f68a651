namespace Conformance.Spec.Vocabulary;

/// <summary>
/// Vendor semantics of one operation that plain OpenAPI cannot say (<c>x-conformance</c>):
/// which fixture it changes, the state after it, the read that observes it, its inverse, and
/// what a repeat, an unknown id and an unprivileged caller get; and what each documented answer
/// says about the resource's state (<see cref="Outcomes"/>).
/// </summary>
public sealed record OperationSemantics(
    ResourceBinding? Resource,
    string? EffectState,
    string? Probe,
    string? Inverse,
    RepeatRule? Repeat,
    Expectation? UnknownId,
    IReadOnlyList<FixtureCase> FixtureCases,
    IReadOnlyList<PermissionCase> Permissions)
{
    public static OperationSemantics None { get; } = new(null, null, null, null, null, null, [], []);

    /// <summary>Documented answers and the state each one shows (<c>x-conformance.outcomes</c>).</summary>
    public IReadOnlyList<StateOutcome> Outcomes { get; init; } = [];

    /// <summary>Whether the operation changes the state of a named resource.</summary>
    public bool ChangesState => Resource is not null && EffectState is not null;
}
