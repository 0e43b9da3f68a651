using System.Text.Json.Nodes;
using Conformance.Diff.Schemas;

namespace Conformance.Diff.Comparers;

/// <summary>Compares two schemas of one operation and reports each delta under its directional rule.
/// <c>where</c> names the data for reviewers (with the operation), <c>subject</c> for the
/// migration note (without it: "the 200 answer").</summary>
internal static class SchemaReporter
{
    public static void Compare(
        DiffContext context,
        string slug,
        SchemaDirection direction,
        string where,
        string subject,
        (JsonNode? Schema, string Pointer) old,
        (JsonNode? Schema, string Pointer) @new)
    {
        var keys = direction switch
        {
            SchemaDirection.Request => RequirementKeys.RequestSchema,
            SchemaDirection.Response => RequirementKeys.ResponseSchema,
            _ => RequirementKeys.ErrorSchema,
        };
        foreach (var delta in context.Schemas.Compare(old.Schema, old.Pointer, @new.Schema, @new.Pointer))
        {
            if (SchemaRules.For(direction, delta) is not { } rule) continue;
            var inside = delta.Path.Length == 0 ? "" : $" '{delta.Path}'";
            context.Report(rule, slug, delta.OldPointer, delta.NewPointer, $"{where}{inside}: {delta.Detail}", keys, ClientSteps.ForSchema(direction, subject, delta));
        }
    }
}
