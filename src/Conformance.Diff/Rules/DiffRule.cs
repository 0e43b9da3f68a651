namespace Conformance.Diff.Rules;

/// <summary>A stable rule id with its fixed severity. Ids never change once shipped: CI ignore
/// lists and reports refer to them.</summary>
internal sealed record DiffRule(string Id, ChangeSeverity Severity)
{
    public override string ToString() => $"{Id} ({Severity})";
}
