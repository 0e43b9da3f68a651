namespace Conformance.Spec.Vocabulary;

/// <summary>
/// Paths of a response body that must hold equal values. <c>$status</c> is the HTTP status;
/// <c>a|b</c> takes the first path present.
/// </summary>
public sealed record EnvelopeInvariant(IReadOnlyList<string> Members)
{
    public override string ToString() => string.Join(" = ", Members);
}
