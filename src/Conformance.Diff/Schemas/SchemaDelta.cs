namespace Conformance.Diff.Schemas;

/// <summary>One difference found while walking two schemas side by side.</summary>
/// <param name="Path">Where inside the schema, for people: <c>items[].isActive</c>; empty at the root.</param>
/// <param name="OldPointer">The old node (or its nearest existing parent).</param>
/// <param name="NewPointer">The new node (or its nearest existing parent).</param>
/// <param name="Detail">What changed, e.g. <c>maxLength 64 → 32</c>.</param>
/// <param name="Closed">For a removed property: the new schema forbids additional properties, so a
/// client still sending it is refused rather than ignored.</param>
internal sealed record SchemaDelta(SchemaDeltaKind Kind, string Path, string? OldPointer, string? NewPointer, string Detail, bool Closed = false);
