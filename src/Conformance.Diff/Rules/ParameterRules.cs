namespace Conformance.Diff.Rules;

/// <summary>Rules on path, query and header parameters (matched by location and name).</summary>
internal static class ParameterRules
{
    // Existing clients do not send it, so their requests are now invalid.
    public static readonly DiffRule RequiredAdded = new("request.parameter.required.added", ChangeSeverity.Breaking);

    // A new path parameter carries what clients sent as a top-level request body field of the same
    // name: their request goes to another URL and the body field no longer counts.
    public static readonly DiffRule MovedIntoPath = new("request.field.moved-into-path", ChangeSeverity.Breaking);

    // Existing clients simply do not send it.
    public static readonly DiffRule OptionalAdded = new("request.parameter.optional.added", ChangeSeverity.Safe);

    // Clients that omitted an optional parameter are now refused.
    public static readonly DiffRule BecameRequired = new("request.parameter.became-required", ChangeSeverity.Breaking);

    // Every request that was valid stays valid.
    public static readonly DiffRule BecameOptional = new("request.parameter.became-optional", ChangeSeverity.Safe);

    // Usually ignored by the server, so the wire keeps working, but what the client meant by it is
    // silently lost (and a strict server may refuse unknown headers or query parameters).
    public static readonly DiffRule Removed = new("request.parameter.removed", ChangeSeverity.Risky);
}
