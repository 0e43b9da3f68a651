namespace Conformance.Spec;

/// <summary>
/// A located problem in an otherwise usable spec: one operation or extension that could not be
/// read. The load goes on without it (as schemathesis returns a broken operation as a value).
/// </summary>
/// <param name="File">The spec file.</param>
/// <param name="Pointer">JSON pointer of the node, e.g. <c>/paths/~1a/put</c>.</param>
/// <param name="Line">1-based line in the file, when known.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
public sealed record SpecProblem(string File, string Pointer, int? Line, string Message)
{
    /// <summary>Whether the problem left an operation (or a whole path) out of the loaded document.</summary>
    public bool LeftOut { get; init; }

    public override string ToString() =>
        Line is { } line ? $"{File}:{line}: {Pointer}: {Message}" : $"{File}: {Pointer}: {Message}";
}
