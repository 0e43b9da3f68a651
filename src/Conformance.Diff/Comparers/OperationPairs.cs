using System.Text.RegularExpressions;
using Conformance.Spec;

namespace Conformance.Diff.Comparers;

/// <summary>
/// Operations of two versions matched first by method and path template, then — for those left
/// over — by operationId. Path parameter names do not count (<c>/credential/{id}</c> =
/// <c>/credential/{credentialId}</c>): they are not on the wire. A renamed id on the same endpoint
/// is reported as such. An endpoint whose method or path changed but whose operationId stayed is
/// the same operation moved (the spec's author names it the same; its requirement ids stay), so it
/// is paired and reported as moved, with every other difference of the pair, instead of as a
/// removal plus an unrelated addition: a client learns where to send what, not only that
/// something vanished. An operation both moved and renamed stays a removal plus an addition.
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
        var leftOver = new List<ApiOperation>();
        foreach (var op in old.Operations)
        {
            if (byKey.Remove(Key(op), out var twin)) matched.Add((op, twin));
            else leftOver.Add(op);
        }

        var unmatched = byKey.Values.ToHashSet(ReferenceEqualityComparer.Instance);
        var byId = new Dictionary<string, ApiOperation>(StringComparer.Ordinal);
        foreach (var op in @new.Operations.Where(unmatched.Contains))
        {
            if (op.OperationId is { } id) byId.TryAdd(id, op);
        }

        var removed = new List<ApiOperation>();
        foreach (var op in leftOver)
        {
            if (op.OperationId is { } id && byId.Remove(id, out var moved))
            {
                matched.Add((op, moved));
                unmatched.Remove(moved);
            }
            else
            {
                removed.Add(op);
            }
        }

        var added = @new.Operations.Where(unmatched.Contains).ToList();
        return new OperationPairs(matched, removed, added);
    }

    public static string Key(ApiOperation op) => $"{op.Method} {PathParameter().Replace(op.Path, "{}")}";

    /// <summary>Whether a pair was matched by operationId across a different method or path.</summary>
    public static bool Moved(ApiOperation old, ApiOperation @new) => Key(old) != Key(@new);

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex PathParameter();
}
