using Conformance.Scenarios;

namespace Conformance.Checks;

/// <summary>
/// A response with a body has a media type its operation documents for that status (a documented
/// range such as <c>text/*</c> covers its types).
/// </summary>
internal sealed class ContentTypeCheck : ICheck
{
    public string Name => CheckNames.ContentType;

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        foreach (var judged in JudgedExchange.All(context).Where(j => j.Documented is { Content.Count: > 0 } && j.Response.Body.Length > 0))
        {
            var requirement = context.Requirement("response/content-type", judged.Operation).On(judged.Documented);
            var documented = judged.Documented!.Content.Select(c => c.MediaType.ToLowerInvariant()).ToList();
            yield return documented.Any(d => MediaTypes.Covers(d, judged.MediaType))
                ? Outcomes.Pass(Name, requirement, $"content type {judged.MediaType}")
                : Outcomes.Fail(Name, requirement, $"{judged.Operation!.Label} {judged.Response.Status} has an undocumented content type",
                    string.Join(" or ", documented), judged.Response.ContentType ?? "(none)", judged.Index);
        }
    }
}
