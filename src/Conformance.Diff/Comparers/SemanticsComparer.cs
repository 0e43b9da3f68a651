using Conformance.Diff.Rules;
using Conformance.Spec;

namespace Conformance.Diff.Comparers;

/// <summary>
/// Compares an operation's vendor semantics (x-conformance) and, for a read, its probe definition
/// (x-conformance-probe). References to other operations (probe, inverse) are compared after
/// following renames, so renaming an operationId everywhere is no semantic change.
/// </summary>
internal static class SemanticsComparer
{
    public static void Compare(DiffContext context, ApiOperation old, ApiOperation @new)
    {
        var o = old.Semantics;
        var n = @new.Semantics;
        var x = "/x-conformance";
        void Check(DiffRule rule, string part, object? before, object? after, IReadOnlyList<string> keys, IReadOnlyList<ClientStep>? steps = null)
        {
            if (ValueDiff.Describe(before, after) is not { } what) return;
            context.Report(rule, @new.Slug, old.Pointer + x + "/" + part, @new.Pointer + x + "/" + part, $"{@new.Label} x-conformance.{part}: {what}", keys, steps);
        }

        Check(SemanticRules.ResourceChanged, "resource", o.Resource, n.Resource, RequirementKeys.Resource);
        Check(SemanticRules.EffectChanged, "effect", o.EffectState, n.EffectState, RequirementKeys.State);
        Check(SemanticRules.ProbeChanged, "probe", context.Translate(o.Probe), n.Probe, RequirementKeys.State);
        Check(SemanticRules.InverseChanged, "inverse", context.Translate(o.Inverse), n.Inverse, RequirementKeys.State);
        Check(SemanticRules.RepeatChanged, "repeat", o.Repeat, n.Repeat, RequirementKeys.Repeat);
        Check(SemanticRules.UnknownIdChanged, "unknown-id", o.UnknownId, n.UnknownId, RequirementKeys.UnknownId,
            ClientSteps.ForAnswer(ClientSteps.Situation("unknown-id/rejected", null), o.UnknownId, n.UnknownId));
        Check(SemanticRules.PermissionsChanged, "permissions", o.Permissions, n.Permissions, Keys(o.Permissions.Select(p => p.Key), n.Permissions.Select(p => p.Key)));
        Check(SemanticRules.FixtureCasesChanged, "fixture-cases", o.FixtureCases, n.FixtureCases, Keys(o.FixtureCases.Select(f => f.Key), n.FixtureCases.Select(f => f.Key)));

        if (ValueDiff.Describe(old.Probe, @new.Probe) is { } probe)
        {
            context.Report(SemanticRules.ProbeChanged, @new.Slug, old.Pointer + "/x-conformance-probe", @new.Pointer + "/x-conformance-probe", $"{@new.Label} x-conformance-probe: {probe}", RequirementKeys.State);
        }
    }

    private static IReadOnlyList<string> Keys(IEnumerable<string> old, IEnumerable<string> @new) => old.Union(@new).ToList();
}
