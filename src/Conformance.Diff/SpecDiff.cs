namespace Conformance.Diff;

/// <summary>
/// Every classified change between two spec versions, plus the operations of the NEW document
/// whose scenarios the change touched (for <c>--changed-only</c> runs).
/// </summary>
public sealed class SpecDiff(
    string oldSource,
    string newSource,
    IReadOnlyList<SpecChange> changes,
    IReadOnlySet<string> touchedOperationSlugs,
    IReadOnlyDictionary<string, string>? operationLabels = null)
{
    public string OldSource { get; } = oldSource;

    public string NewSource { get; } = newSource;

    /// <summary>Sorted: worst severity first, then operation, then rule id.</summary>
    public IReadOnlyList<SpecChange> Changes { get; } = changes;

    /// <summary>Slugs of NEW operations the change touched, directly or through a probe, inverse,
    /// security scheme or document-level setting they use.</summary>
    public IReadOnlySet<string> TouchedOperationSlugs { get; } = touchedOperationSlugs;

    /// <summary>How to name each operation a change concerns, by slug: <c>PUT /auth/users/{userId}/activate</c>
    /// (the new method and path; the old ones for an operation that was removed).</summary>
    public IReadOnlyDictionary<string, string> OperationLabels { get; } = operationLabels ?? new Dictionary<string, string>();

    public bool IsEmpty => Changes.Count == 0;

    public int Count(ChangeSeverity severity) => Changes.Count(c => c.Severity == severity);

    /// <summary>Whether any change is at <paramref name="threshold"/> or worse (the CI gate).</summary>
    public bool HasAtLeast(ChangeSeverity threshold) => Changes.Any(c => c.Severity >= threshold);
}
