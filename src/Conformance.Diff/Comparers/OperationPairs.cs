using System.Text.RegularExpressions;
using Conformance.Spec;

namespace Conformance.Diff.Comparers;

/// <summary>
/// Operations of two versions matched by method and path template. Path parameter names do not
/// count (<c>/credential/{id}</c> = <c>/credential/{credentialId}</c>): they are not on the wire.
/// The operationId does not count either: a renamed id on the same endpoint is reported as such,
/// and a moved endpoint is a removal plus an addition, which is what it is for a client.
/// </summary>
internal sealed partial record OperationPairs(
    IReadOnlyList<(ApiOperation Old, ApiOperation New)> Matched,
    IReadOnlyList<ApiOperation> Removed,
    IReadOnlyList<ApiOperation> Added)
{
    public static OperationPairs Match(ApiDocument old, ApiDocument @new)
    {
        var byKey = new Dictionary<string, ApiOperation>(StringComparer.Ordinal);
        foreach (var op in @new.Operations) byKey.TryAdd(Key(op), op);
        var matched = new List<(ApiOperation, ApiOperation)>();
        var removed = new List<ApiOperation>();
        foreach (var op in old.Operations)
        {
            if (byKey.Remove(Key(op), out var twin)) matched.Add((op, twin));
            else removed.Add(op);
        }

        var unmatched = byKey.Values.ToHashSet(ReferenceEqualityComparer.Instance);
        var added = @new.Operations.Where(unmatched.Contains).ToList();
        return new OperationPairs(matched, removed, added);
    }

    public static string Key(ApiOperation op) => $"{op.Method} {PathParameter().Replace(op.Path, "{}")}";

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex PathParameter();
}
