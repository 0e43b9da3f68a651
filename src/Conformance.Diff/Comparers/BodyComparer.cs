using Conformance.Diff.Rules;
using Conformance.Diff.Schemas;

namespace Conformance.Diff.Comparers;

/// <summary>Compares request bodies: presence, required flag, media types and their schemas.</summary>
internal static class BodyComparer
{
    public static void Compare(DiffContext context, RawOperation old, RawOperation @new)
    {
        var slug = @new.Operation.Slug;
        var label = $"{@new.Operation.Label} request body";
        var o = old.RequestBody();
        var n = @new.RequestBody();
        if (o is null && n is null) return;
        if (o is not var (oldNode, oldAt))
        {
            var required = JsonRead.Bool(n!.Value.Node["required"]) == true;
            context.Report(required ? BodyRules.RequiredBodyAdded : BodyRules.OptionalBodyAdded, slug, old.Operation.Pointer, n.Value.Pointer, $"{label} added{(required ? " as required" : "")}", RequirementKeys.RequestSchema,
                ClientSteps.One(required ? "Send a request body: now required" : "You may send a request body (new, optional)"));
            return;
        }

        if (n is not var (newNode, newAt))
        {
            context.Report(BodyRules.BodyRemoved, slug, oldAt, @new.Operation.Pointer, $"{label} removed", RequirementKeys.RequestSchema, ClientSteps.One("Stop sending a request body: the operation no longer takes one"));
            return;
        }

        var wasRequired = JsonRead.Bool(oldNode["required"]) == true;
        var isRequired = JsonRead.Bool(newNode["required"]) == true;
        if (wasRequired != isRequired)
        {
            context.Report(isRequired ? BodyRules.BodyBecameRequired : BodyRules.BodyBecameOptional, slug, oldAt, newAt, $"{label} is now {(isRequired ? "required" : "optional")}", RequirementKeys.RequestSchema,
                ClientSteps.One(isRequired ? "Always send the request body: now required" : "The request body may now be left out"));
        }

        var oldContent = RawOperation.Content(oldNode, oldAt);
        var newContent = RawOperation.Content(newNode, newAt);
        foreach (var (mediaType, schema) in oldContent)
        {
            if (newContent.TryGetValue(mediaType, out var twin))
            {
                SchemaReporter.Compare(context, slug, SchemaDirection.Request, $"{label} ({mediaType})", ClientSteps.Subject("the request body", mediaType), schema, twin);
            }
            else
            {
                context.Report(BodyRules.RequestMediaTypeRemoved, slug, schema.Pointer, newAt, $"{label}: media type {mediaType} no longer accepted", RequirementKeys.RequestSchema,
                    ClientSteps.One($"Stop sending the request body as {mediaType}: no longer accepted"));
            }
        }

        foreach (var (mediaType, schema) in newContent.Where(kv => !oldContent.ContainsKey(kv.Key)))
        {
            context.Report(BodyRules.RequestMediaTypeAdded, slug, oldAt, schema.Pointer, $"{label}: media type {mediaType} now accepted", RequirementKeys.RequestSchema,
                ClientSteps.One($"The request body may now also be sent as {mediaType}"));
        }
    }
}
