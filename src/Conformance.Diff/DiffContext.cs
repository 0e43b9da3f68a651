using Conformance.Diff.Rules;
using Conformance.Diff.Schemas;
using Conformance.Spec;

namespace Conformance.Diff;

/// <summary>
/// State shared by the comparers of one diff: both documents, their schema resolvers and line
/// maps, the changes found so far and the operations they touch.
/// </summary>
internal sealed class DiffContext
{
    private readonly List<SpecChange> changes = [];
    private readonly LineIndex oldLines;
    private readonly LineIndex newLines;
    private readonly Dictionary<string, string> slugMap = new(StringComparer.Ordinal);
    private readonly HashSet<string> newSlugs;

    public DiffContext(ApiDocument old, ApiDocument @new)
    {
        Old = old;
        New = @new;
        OldSchemas = new SchemaResolver(old.Root);
        NewSchemas = new SchemaResolver(@new.Root);
        Schemas = new SchemaComparer(OldSchemas, NewSchemas);
        oldLines = new LineIndex(old);
        newLines = new LineIndex(@new);
        Touched = new TouchedOperations(@new);
        newSlugs = @new.Operations.Select(o => o.Slug).ToHashSet(StringComparer.Ordinal);
    }

    public ApiDocument Old { get; }

    public ApiDocument New { get; }

    public SchemaResolver OldSchemas { get; }

    public SchemaResolver NewSchemas { get; }

    public SchemaComparer Schemas { get; }

    public TouchedOperations Touched { get; }

    public IReadOnlyList<SpecChange> Changes => changes;

    /// <summary>Records that the old operation <paramref name="oldSlug"/> is now <paramref name="newSlug"/>.</summary>
    public void MapSlug(string oldSlug, string newSlug) => slugMap[oldSlug] = newSlug;

    /// <summary>An old operationId reference as the new document would spell it, when the
    /// operation was only renamed: a probe or inverse that follows a rename is no semantic change.</summary>
    public string? Translate(string? oldReference) =>
        oldReference is null ? null
        : Old.FindOperation(oldReference) is { } op && slugMap.TryGetValue(op.Slug, out var renamed) ? renamed
        : oldReference;

    /// <summary>Adds a change; a change on an operation that exists in the new document touches it.</summary>
    public void Report(DiffRule rule, string? slug, string? oldPointer, string? newPointer, string message, IReadOnlyList<string>? keys = null, IReadOnlyList<ClientStep>? steps = null)
    {
        changes.Add(new SpecChange(rule.Id, rule.Severity, slug, keys ?? [], oldLines.Locate(oldPointer), newLines.Locate(newPointer), message, steps));
        if (slug is not null && newSlugs.Contains(slug)) Touched.Touch(slug);
    }
}
