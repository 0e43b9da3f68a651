namespace Conformance.Diff;

/// <summary>Where a changed node sits in one of the two documents.</summary>
/// <param name="File">The spec file as it was named to the loader.</param>
/// <param name="Pointer">JSON pointer of the node, e.g. <c>/components/schemas/User/required</c>.</param>
/// <param name="Line">1-based line, when the file could be read again for its line map.</param>
public sealed record SpecLocation(string File, string Pointer, int? Line)
{
    public override string ToString() => Line is { } line ? $"{File}:{line} {Pointer}" : $"{File} {Pointer}";
}
