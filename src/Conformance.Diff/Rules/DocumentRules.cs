namespace Conformance.Diff.Rules;

/// <summary>Rules on document-level settings; each touches every operation.</summary>
internal static class DocumentRules
{
    // x-conformance.error-message-field: where clients (and the suite) read an error's message.
    public static readonly DiffRule ErrorMessageFieldChanged = new("document.error-message-field.changed", ChangeSeverity.Breaking);

    // x-conformance.vendor: every requirement and scenario id changes; the API does not.
    public static readonly DiffRule VendorChanged = new("document.vendor.changed", ChangeSeverity.Risky);

    // x-conformance.unknown-id: the id used as a stimulus; scenario input, not API behaviour.
    public static readonly DiffRule UnknownIdChanged = new("document.unknown-id.changed", ChangeSeverity.Risky);

    // 3.0 to 3.1 changes how schemas read (nullable, exclusiveMinimum); shapes may be re-read.
    public static readonly DiffRule OpenApiVersionChanged = new("document.openapi.changed", ChangeSeverity.Risky);

    // x-envelope: a documented equality of body fields is gone; clients reading either copy break.
    public static readonly DiffRule EnvelopeInvariantRemoved = new("envelope.invariant.removed", ChangeSeverity.Breaking);

    // x-envelope: one more documented equality; clients only gain a guarantee.
    public static readonly DiffRule EnvelopeInvariantAdded = new("envelope.invariant.added", ChangeSeverity.Safe);

    // x-envelope.applies-to (or the envelope as a whole): which bodies are enveloped changed.
    public static readonly DiffRule EnvelopeChanged = new("envelope.changed", ChangeSeverity.Breaking);
}
