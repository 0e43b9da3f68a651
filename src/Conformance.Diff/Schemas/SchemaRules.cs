using Conformance.Diff.Rules;

namespace Conformance.Diff.Schemas;

/// <summary>
/// Classifies a schema delta by direction. The principle: data the client writes may only get
/// looser; data the server writes may only get tighter. Everything else breaks someone.
/// Rule ids are <c>request.*</c>, <c>response.*</c> or <c>error.*</c> plus the suffix below.
/// </summary>
internal static class SchemaRules
{
    public static DiffRule? For(SchemaDirection direction, SchemaDelta delta)
    {
        var rule = direction == SchemaDirection.Request ? ForRequest(delta) : ForRead(delta.Kind);
        if (rule is not var (suffix, severity)) return null;
        var prefix = direction switch
        {
            SchemaDirection.Request => "request",
            SchemaDirection.Response => "response",
            _ => "error",
        };
        return new DiffRule($"{prefix}.{suffix}", severity);
    }

    /// <summary>The client writes: anything it could send before must still be accepted.</summary>
    private static (string, ChangeSeverity)? ForRequest(SchemaDelta delta) => delta.Kind switch
    {
        // Old clients do not send it: their bodies are now invalid.
        SchemaDeltaKind.RequiredPropertyAdded => ("property.required.added", ChangeSeverity.Breaking),
        SchemaDeltaKind.OptionalPropertyAdded => ("property.optional.added", ChangeSeverity.Safe),

        // With additionalProperties: false a client still sending it is refused; otherwise the
        // server drops it silently, which keeps the wire working but loses the client's intent.
        SchemaDeltaKind.RequiredPropertyRemoved or SchemaDeltaKind.OptionalPropertyRemoved => delta.Closed
            ? ("property.removed.rejected", ChangeSeverity.Breaking)
            : ("property.removed", ChangeSeverity.Risky),
        SchemaDeltaKind.BecameRequired => ("property.became-required", ChangeSeverity.Breaking),
        SchemaDeltaKind.BecameOptional => ("property.became-optional", ChangeSeverity.Safe),

        // Fewer accepted types or values, stricter bounds, a new pattern or format: some value a
        // client sent before is now refused.
        SchemaDeltaKind.TypeNarrowed or SchemaDeltaKind.TypeChanged => ("type.changed", ChangeSeverity.Breaking),
        SchemaDeltaKind.TypeWidened => ("type.widened", ChangeSeverity.Safe),
        SchemaDeltaKind.EnumValuesRemoved => ("enum.value.removed", ChangeSeverity.Breaking),
        SchemaDeltaKind.EnumValuesAdded => ("enum.value.added", ChangeSeverity.Safe),
        SchemaDeltaKind.ConstraintTightened => ("constraint.tightened", ChangeSeverity.Breaking),
        SchemaDeltaKind.ConstraintRelaxed => ("constraint.relaxed", ChangeSeverity.Safe),
        SchemaDeltaKind.PatternChanged => ("pattern.changed", ChangeSeverity.Breaking),
        SchemaDeltaKind.PatternRemoved => ("pattern.removed", ChangeSeverity.Safe),
        SchemaDeltaKind.FormatChanged => ("format.changed", ChangeSeverity.Breaking),
        SchemaDeltaKind.AdditionalPropertiesClosed => ("additional-properties.closed", ChangeSeverity.Breaking),
        SchemaDeltaKind.AdditionalPropertiesOpened => ("additional-properties.opened", ChangeSeverity.Safe),
        SchemaDeltaKind.VariantRemoved => ("variant.removed", ChangeSeverity.Breaking),
        SchemaDeltaKind.VariantAdded => ("variant.added", ChangeSeverity.Safe),

        // Clients that omit the field now get a different server-side value: valid, but not what
        // they were getting.
        SchemaDeltaKind.DefaultChanged => ("default.changed", ChangeSeverity.Risky),
        SchemaDeltaKind.RefChanged => ("ref.changed", ChangeSeverity.Risky),

        // A body that was free-form is now validated.
        SchemaDeltaKind.SchemaAdded => ("schema.added", ChangeSeverity.Breaking),
        SchemaDeltaKind.SchemaRemoved => ("schema.removed", ChangeSeverity.Safe),
        _ => null,
    };

    /// <summary>The server writes: anything it may send now must have been allowed before.</summary>
    private static (string, ChangeSeverity)? ForRead(SchemaDeltaKind kind) => kind switch
    {
        SchemaDeltaKind.RequiredPropertyAdded or SchemaDeltaKind.OptionalPropertyAdded => ("property.added", ChangeSeverity.Safe),

        // Clients read a field they were promised; it is gone.
        SchemaDeltaKind.RequiredPropertyRemoved => ("property.removed", ChangeSeverity.Breaking),

        // It was never promised, but clients that use it when present lose it for good.
        SchemaDeltaKind.OptionalPropertyRemoved => ("optional-property.removed", ChangeSeverity.Risky),
        SchemaDeltaKind.BecameOptional => ("property.became-optional", ChangeSeverity.Breaking),
        SchemaDeltaKind.BecameRequired => ("property.became-required", ChangeSeverity.Safe),

        // A value of a type (or enum member) the client's decoder has never seen: generated clients
        // decode enums into closed types and throw on an unknown member.
        SchemaDeltaKind.TypeWidened or SchemaDeltaKind.TypeChanged => ("type.changed", ChangeSeverity.Breaking),
        SchemaDeltaKind.TypeNarrowed => ("type.narrowed", ChangeSeverity.Safe),
        SchemaDeltaKind.EnumValuesAdded => ("enum.value.added", ChangeSeverity.Breaking),
        SchemaDeltaKind.EnumValuesRemoved => ("enum.value.removed", ChangeSeverity.Safe),
        SchemaDeltaKind.ConstraintTightened => ("constraint.tightened", ChangeSeverity.Safe),

        // Longer strings, bigger numbers, other formats or patterns: still the same type, so most
        // clients cope, but buffers, columns and validators sized on the old bound may not.
        SchemaDeltaKind.ConstraintRelaxed => ("constraint.relaxed", ChangeSeverity.Risky),
        SchemaDeltaKind.PatternChanged => ("pattern.changed", ChangeSeverity.Risky),
        SchemaDeltaKind.PatternRemoved => ("pattern.removed", ChangeSeverity.Risky),
        SchemaDeltaKind.FormatChanged => ("format.changed", ChangeSeverity.Risky),
        SchemaDeltaKind.AdditionalPropertiesClosed => ("additional-properties.closed", ChangeSeverity.Safe),

        // Extra fields may now appear; strict deserializers (unknown-member = error) fail.
        SchemaDeltaKind.AdditionalPropertiesOpened => ("additional-properties.opened", ChangeSeverity.Risky),

        // A body shape the client cannot decode.
        SchemaDeltaKind.VariantAdded => ("variant.added", ChangeSeverity.Breaking),
        SchemaDeltaKind.VariantRemoved => ("variant.removed", ChangeSeverity.Safe),
        SchemaDeltaKind.RefChanged => ("ref.changed", ChangeSeverity.Risky),
        SchemaDeltaKind.SchemaAdded => ("schema.added", ChangeSeverity.Safe),

        // The documented shape is gone: nothing tells clients what the body holds.
        SchemaDeltaKind.SchemaRemoved => ("schema.removed", ChangeSeverity.Breaking),

        // A default in a server-written schema has no effect on the wire.
        _ => null,
    };
}
