using Conformance.Diff;

namespace Conformance.Diff.Tests;

/// <summary>A rule hit a corpus pair must produce; <see cref="Operation"/> null = on any operation.</summary>
public sealed record ExpectedChange(string Rule, string Severity, string? Operation)
{
    public bool Matches(SpecChange change) =>
        change.RuleId == Rule
        && string.Equals(change.Severity.ToString(), Severity, StringComparison.OrdinalIgnoreCase)
        && (Operation is null || change.OperationSlug == Operation);

    public override string ToString() => $"{Rule} ({Severity}){(Operation is null ? "" : $" on {Operation}")}";
}
