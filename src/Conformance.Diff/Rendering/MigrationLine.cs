namespace Conformance.Diff.Rendering;

/// <summary>One instruction of the migration note, with the classification of the change(s) behind it.</summary>
/// <param name="Text">Plain words: "Stop sending header X-DFNS-NONCE (security scheme requestNonce): no longer required".</param>
/// <param name="RuleIds">The rules behind it, for the reader who wants the technical view.</param>
/// <param name="Old">Where the first change behind it sits in the old document.</param>
/// <param name="New">Where it sits in the new one.</param>
internal sealed record MigrationLine(ChangeSeverity Severity, string Text, IReadOnlyList<string> RuleIds, SpecLocation? Old, SpecLocation? New)
{
    /// <summary>"operation.moved; old line 335, new line 245".</summary>
    public string Reference()
    {
        var parts = new List<string> { string.Join(", ", RuleIds) };
        if (Old?.Line is { } o) parts.Add($"old line {o}");
        if (New?.Line is { } n) parts.Add($"new line {n}");
        return string.Join("; ", parts);
    }
}
