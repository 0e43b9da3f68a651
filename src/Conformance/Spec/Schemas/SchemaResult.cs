namespace Conformance.Spec.Schemas;

/// <summary>
/// The outcome of validating one instance: valid, the errors, or why the schema could not be used
/// (an unresolvable <c>$ref</c>, an invalid regular expression) — a spec problem, never a verdict on the instance.
/// </summary>
public sealed record SchemaResult(IReadOnlyList<SchemaError> Errors, string? Unusable = null)
{
    public static SchemaResult Valid { get; } = new([]);

    public bool IsValid => Errors.Count == 0 && Unusable is null;

    /// <summary>The first errors on one line, for reports.</summary>
    public string Describe(int max = 3) =>
        Unusable is not null ? $"schema cannot be used: {Unusable}" : string.Join("; ", Errors.Take(max));
}
