namespace Conformance.Diff.Schemas;

/// <summary>
/// What changed between two schemas, stated without a direction: whether it is a tightening or a
/// loosening for the reader depends on who sends the data (see <see cref="SchemaRules"/>).
/// </summary>
internal enum SchemaDeltaKind
{
    RequiredPropertyAdded,
    OptionalPropertyAdded,
    RequiredPropertyRemoved,
    OptionalPropertyRemoved,
    BecameRequired,
    BecameOptional,

    /// <summary>The new type set is a strict subset of the old (incl. "any" to a type).</summary>
    TypeNarrowed,

    /// <summary>The new type set is a strict superset of the old (incl. integer to number, adding null).</summary>
    TypeWidened,

    /// <summary>Neither subset nor superset.</summary>
    TypeChanged,
    EnumValuesAdded,
    EnumValuesRemoved,
    ConstraintTightened,
    ConstraintRelaxed,

    /// <summary>A pattern added or replaced: regex containment cannot be decided in general.</summary>
    PatternChanged,
    PatternRemoved,

    /// <summary>A format added or replaced (<c>date-time</c>, <c>uuid</c> …).</summary>
    FormatChanged,
    AdditionalPropertiesClosed,
    AdditionalPropertiesOpened,
    VariantAdded,
    VariantRemoved,
    DefaultChanged,

    /// <summary>An external or dangling $ref whose target text changed; it cannot be compared.</summary>
    RefChanged,
    SchemaAdded,
    SchemaRemoved,
}
