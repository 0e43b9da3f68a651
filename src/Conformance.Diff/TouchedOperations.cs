using Conformance.Spec;

namespace Conformance.Diff;

/// <summary>
/// Which NEW operations a change touches. Directly: the operation changed. Through a scheme: a
/// security scheme it uses changed. Everything: a document-level setting changed. Through a
/// dependency: a scenario of operation Y also runs X when X is Y's probe or inverse, the
/// user-action challenge of a scheme Y uses, or the token endpoint of Y's OAuth scheme — so a
/// change to X touches Y too (transitively).
/// </summary>
internal sealed class TouchedOperations(ApiDocument document)
{
    private readonly Dictionary<string, string> slugOf = document.Operations
        .SelectMany(o => new[] { (Key: o.Slug, o.Slug), (Key: o.OperationId ?? o.Slug, o.Slug) })
        .DistinctBy(p => p.Key)
        .ToDictionary(p => p.Key, p => p.Slug, StringComparer.Ordinal);

    private readonly HashSet<string> slugs = new(StringComparer.Ordinal);
    private readonly HashSet<string> schemes = new(StringComparer.Ordinal);
    private bool all;

    public void Touch(string slug) => slugs.Add(slug);

    public void TouchScheme(string scheme) => schemes.Add(scheme);

    public void TouchAll() => all = true;

    public IReadOnlySet<string> Resolve()
    {
        if (all) return document.Operations.Select(o => o.Slug).ToHashSet(StringComparer.Ordinal);
        var touched = document.Operations
            .Where(o => slugs.Contains(o.Slug) || o.Security.Any(alt => alt.Any(schemes.Contains)))
            .Select(o => o.Slug)
            .ToHashSet(StringComparer.Ordinal);
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var op in document.Operations.Where(o => !touched.Contains(o.Slug)))
            {
                if (DependsOn(op).Any(touched.Contains)) grew = touched.Add(op.Slug) | grew;
            }
        }

        return touched;
    }

    private IEnumerable<string> DependsOn(ApiOperation op)
    {
        if (op.Semantics.Probe is { } probe) yield return Slug(probe);
        if (op.Semantics.Inverse is { } inverse) yield return Slug(inverse);
        foreach (var name in op.Security.SelectMany(alt => alt).Distinct())
        {
            if (!document.SecuritySchemes.TryGetValue(name, out var scheme)) continue;
            if (scheme.UserAction is { } ua)
            {
                yield return Slug(ua.InitOperation);
                yield return Slug(ua.CompleteOperation);
            }

            if (scheme.TokenUrl is { } url && document.Operations.FirstOrDefault(o => o.Method == "POST" && url.EndsWith(o.Path, StringComparison.Ordinal)) is { } token)
            {
                yield return token.Slug;
            }
        }
    }

    private string Slug(string operationIdOrSlug) => slugOf.GetValueOrDefault(operationIdOrSlug) ?? operationIdOrSlug;
}
