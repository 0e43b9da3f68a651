namespace Conformance.Diff.Rules;

/// <summary>Rules on the presence of a request body and on request/response media types.</summary>
internal static class BodyRules
{
    // Clients that sent no body are now refused.
    public static readonly DiffRule RequiredBodyAdded = new("request.body.required.added", ChangeSeverity.Breaking);

    // Existing clients send nothing, which stays allowed.
    public static readonly DiffRule OptionalBodyAdded = new("request.body.optional.added", ChangeSeverity.Safe);

    // Clients that omitted an optional body are now refused.
    public static readonly DiffRule BodyBecameRequired = new("request.body.became-required", ChangeSeverity.Breaking);

    // Every request that was valid stays valid.
    public static readonly DiffRule BodyBecameOptional = new("request.body.became-optional", ChangeSeverity.Safe);

    // The server will likely ignore what clients still send; their data is silently dropped.
    public static readonly DiffRule BodyRemoved = new("request.body.removed", ChangeSeverity.Risky);

    // Clients sending that content type now get 415.
    public static readonly DiffRule RequestMediaTypeRemoved = new("request.media-type.removed", ChangeSeverity.Breaking);

    // One more accepted encoding; old clients are unaffected.
    public static readonly DiffRule RequestMediaTypeAdded = new("request.media-type.added", ChangeSeverity.Safe);

    // Clients negotiating that type (Accept) can no longer get it, and parsers keyed on it fail.
    public static readonly DiffRule ResponseMediaTypeRemoved = new("response.media-type.removed", ChangeSeverity.Breaking);

    // Clients keep asking for the type they know (content negotiation).
    public static readonly DiffRule ResponseMediaTypeAdded = new("response.media-type.added", ChangeSeverity.Safe);
}
