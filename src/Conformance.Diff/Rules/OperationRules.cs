namespace Conformance.Diff.Rules;

/// <summary>Rules on the set of operations (matched by method and path template, else by operationId).</summary>
internal static class OperationRules
{
    // Every client and scenario calling it now gets 404/405.
    public static readonly DiffRule Removed = new("operation.removed", ChangeSeverity.Breaking);

    // Same operationId, other method or path: every client still calling the old one gets 404/405.
    public static readonly DiffRule Moved = new("operation.moved", ChangeSeverity.Breaking);

    // Nobody calls it yet; the suite simply gains scenarios.
    public static readonly DiffRule Added = new("operation.added", ChangeSeverity.Safe);

    // Same method and path, so the wire is unchanged; but generated clients rename their method,
    // and every requirement id (<vendor>.<slug>/<key>) and probe/inverse reference moves.
    public static readonly DiffRule IdChanged = new("operation.id.changed", ChangeSeverity.Risky);

    // A notice only: the operation still works as before.
    public static readonly DiffRule Deprecated = new("operation.deprecated", ChangeSeverity.Safe);
}
