using Conformance.Diff.Rules;
using Conformance.Spec;

namespace Conformance.Diff.Comparers;

/// <summary>Compares one operation of the old version with its twin in the new one.</summary>
internal static class OperationComparer
{
    public static void Compare(DiffContext context, ApiOperation old, ApiOperation @new)
    {
        var rawOld = new RawOperation(context.OldSchemas, old);
        var rawNew = new RawOperation(context.NewSchemas, @new);
        if (OperationPairs.Moved(old, @new))
        {
            context.Report(OperationRules.Moved, @new.Slug, old.Pointer, @new.Pointer, $"{old.Label} moved to {@new.Label} ({@new.Slug})", steps: ClientSteps.One($"Send {@new.Label} instead of {old.Label}"));
        }

        if (old.Slug != @new.Slug)
        {
            context.Report(OperationRules.IdChanged, @new.Slug, old.Pointer + "/operationId", @new.Pointer + "/operationId", $"{@new.Label} operationId {old.Slug} → {@new.Slug}: its requirement ids change", steps: ClientSteps.One($"The operationId is now {@new.Slug} (was {old.Slug}): generated clients rename the method"));
        }

        if (JsonRead.Bool(rawNew.Node["deprecated"]) == true && JsonRead.Bool(rawOld.Node["deprecated"]) != true)
        {
            context.Report(OperationRules.Deprecated, @new.Slug, old.Pointer, @new.Pointer + "/deprecated", $"{@new.Label} is now deprecated", steps: ClientSteps.One($"{@new.Label} is deprecated: plan to stop calling it"));
        }

        ParameterComparer.Compare(context, rawOld, rawNew);
        BodyComparer.Compare(context, rawOld, rawNew);
        ResponseComparer.Compare(context, rawOld, rawNew);
        SecurityComparer.Compare(context, rawOld, rawNew);
        SemanticsComparer.Compare(context, old, @new);
        RequirementComparer.Compare(
            old.Requirements,
            @new.Requirements,
            old.Pointer + "/x-requirements",
            @new.Pointer + "/x-requirements",
            @new.Label,
            (rule, oldAt, newAt, message, keys, steps) => context.Report(rule, @new.Slug, oldAt, newAt, message, keys, steps));
    }
}
