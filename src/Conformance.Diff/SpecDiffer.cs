using Conformance.Diff.Comparers;
using Conformance.Diff.Rules;
using Conformance.Spec;

namespace Conformance.Diff;

/// <summary>
/// Lists every change between two versions of a spec, each classified breaking, risky or safe by
/// a stable rule (see <c>Diff/Rules</c> and <see cref="Schemas.SchemaRules"/> for each rule's
/// reason). Unlike plain OpenAPI diff tools it treats security and the x- vendor semantics (nonce,
/// user action, idempotency, state probes) as part of the contract.
/// </summary>
public static class SpecDiffer
{
    public static SpecDiff Compare(ApiDocument old, ApiDocument @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        var context = new DiffContext(old, @new);
        var pairs = OperationPairs.Match(old, @new);
        foreach (var (o, n) in pairs.Matched) context.MapSlug(o.Slug, n.Slug);

        DocumentComparer.Compare(context);
        SchemeComparer.Compare(context);
        foreach (var op in pairs.Removed)
        {
            context.Report(OperationRules.Removed, op.Slug, op.Pointer, null, $"{op.Label} ({op.Slug}) removed", steps: ClientSteps.One($"Stop calling {op.Label}: the new version no longer documents it"));
        }

        foreach (var op in pairs.Added)
        {
            context.Report(OperationRules.Added, op.Slug, null, op.Pointer, $"{op.Label} ({op.Slug}) added", steps: ClientSteps.One($"New operation {op.Label}: nothing to change unless you want it"));
        }

        foreach (var (o, n) in pairs.Matched) OperationComparer.Compare(context, o, n);

        var sorted = context.Changes
            .OrderByDescending(c => c.Severity)
            .ThenBy(c => c.OperationSlug ?? "", StringComparer.Ordinal)
            .ThenBy(c => c.RuleId, StringComparer.Ordinal)
            .ThenBy(c => c.Message, StringComparer.Ordinal)
            .ToList();
        var labels = @new.Operations.Concat(pairs.Removed).DistinctBy(o => o.Slug).ToDictionary(o => o.Slug, o => o.Label, StringComparer.Ordinal);
        return new SpecDiff(old.SourcePath, @new.SourcePath, sorted, context.Touched.Resolve(), labels);
    }
}
