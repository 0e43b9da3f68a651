using Conformance.Diff.Rules;
using Conformance.Diff.Schemas;

namespace Conformance.Diff.Comparers;

/// <summary>Compares documented responses: status codes, media types and body schemas.</summary>
internal static class ResponseComparer
{
    public static void Compare(DiffContext context, RawOperation old, RawOperation @new)
    {
        var slug = @new.Operation.Slug;
        var olds = old.Responses().ToDictionary(r => r.Status.ToUpperInvariant(), StringComparer.Ordinal);
        var news = @new.Responses().ToDictionary(r => r.Status.ToUpperInvariant(), StringComparer.Ordinal);
        foreach (var (status, o) in olds)
        {
            var label = $"{@new.Operation.Label} response {o.Status}";
            if (!news.TryGetValue(status, out var n))
            {
                context.Report(ResponseRules.StatusRemoved, slug, o.Entry, @new.Operation.Pointer + "/responses", $"{label} no longer documented", RequirementKeys.Status,
                    ClientSteps.Listed("These statuses are no longer documented (do not rely on them)", o.Status));
                continue;
            }

            var direction = IsError(status) ? SchemaDirection.Error : SchemaDirection.Response;
            var answer = $"the {(status == "DEFAULT" ? "default" : n.Status)} answer";
            var oldContent = RawOperation.Content(o.Node, o.Pointer);
            var newContent = RawOperation.Content(n.Node, n.Pointer);
            foreach (var (mediaType, schema) in oldContent)
            {
                if (newContent.TryGetValue(mediaType, out var twin))
                {
                    SchemaReporter.Compare(context, slug, direction, $"{label} ({mediaType})", ClientSteps.Subject(answer, mediaType), schema, twin);
                }
                else
                {
                    context.Report(BodyRules.ResponseMediaTypeRemoved, slug, schema.Pointer, n.Pointer, $"{label}: media type {mediaType} no longer returned", RequirementKeys.ResponseSchema,
                        ClientSteps.One($"{ClientSteps.Capitalised(answer)} no longer comes as {mediaType}"));
                }
            }

            foreach (var (mediaType, schema) in newContent.Where(kv => !oldContent.ContainsKey(kv.Key)))
            {
                context.Report(BodyRules.ResponseMediaTypeAdded, slug, o.Pointer, schema.Pointer, $"{label}: media type {mediaType} now returned", RequirementKeys.ResponseSchema,
                    ClientSteps.One($"{ClientSteps.Capitalised(answer)} may now come as {mediaType}"));
            }
        }

        foreach (var (status, n) in news.Where(kv => !olds.ContainsKey(kv.Key)))
        {
            var rule = status.StartsWith('2') ? ResponseRules.SuccessStatusAdded : ResponseRules.StatusAdded;
            context.Report(rule, slug, old.Operation.Pointer + "/responses", n.Entry, $"{@new.Operation.Label} response {n.Status} now documented", RequirementKeys.Status,
                status.StartsWith('2') ? ClientSteps.One($"Also treat status {n.Status} as success") : ClientSteps.Listed("These statuses are now documented", n.Status));
        }
    }

    /// <summary>4xx, 5xx and <c>default</c> (which in practice documents the error shape).</summary>
    private static bool IsError(string status) => status.StartsWith('4') || status.StartsWith('5') || status == "DEFAULT";
}
