using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Conformance.Spec.Schemas;

/// <summary>
/// The one place that knows JsonSchema.Net: the document is registered as a base document, and a
/// schema at a pointer is built as <c>{"$ref": "&lt;document&gt;#&lt;pointer&gt;"}</c> (once, then
/// cached), in the 2020-12 dialect.
/// </summary>
internal sealed class SchemaValidator
{
    private readonly Uri baseUri;
    private readonly BuildOptions build;
    private readonly ConcurrentDictionary<string, Lazy<(JsonSchema? Schema, string? Problem)>> built = new(StringComparer.Ordinal);
    private readonly Lock buildLock = new();

    // Formats are annotations in OpenAPI 3.1 (its dialect uses JSON Schema's format-annotation
    // vocabulary); the suite asserts them only where it chooses to (its own generated requests).
    private static readonly EvaluationOptions Annotating = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = false };
    private static readonly EvaluationOptions Asserting = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public SchemaValidator(JsonObject root, Uri baseUri)
    {
        this.baseUri = baseUri;
        var registry = new SchemaRegistry();
        var element = JsonSerializer.SerializeToElement(root);
        registry.Register(new JsonElementBaseDocument(element, baseUri));
        build = new BuildOptions { SchemaRegistry = registry, Dialect = Dialect.Draft202012 };
    }

    public SchemaResult Validate(string pointer, JsonNode? instance, bool assertFormats)
    {
        var (schema, problem) = built.GetOrAdd(pointer, p => new Lazy<(JsonSchema?, string?)>(() => Build(p))).Value;
        if (schema is null) return new SchemaResult([], problem);
        try
        {
            var element = instance is null ? JsonSerializer.SerializeToElement<object?>(null) : JsonSerializer.SerializeToElement(instance);
            // References resolve lazily on a schema's first evaluation; the registry is shared, so one at a time.
            EvaluationResults result;
            lock (buildLock) result = schema.Evaluate(element, assertFormats ? Asserting : Annotating);
            return result.IsValid ? SchemaResult.Valid : new SchemaResult(Errors(result));
        }
        catch (Exception e) when (e is JsonSchemaException or RefResolutionException or ArgumentException or InvalidOperationException)
        {
            return new SchemaResult([], e.Message.Split('\n')[0]);
        }
    }

    private (JsonSchema?, string?) Build(string pointer)
    {
        var reference = new JsonObject { ["$ref"] = $"{baseUri}#{pointer}" };
        try
        {
            // Building registers the wrapper under its own id; the registry is shared, so one at a time.
            lock (buildLock)
            {
                var id = new Uri(baseUri, $"ref/{Guid.NewGuid():N}");
                return (JsonSchema.Build(JsonSerializer.SerializeToElement(reference), build, id), null);
            }
        }
        catch (Exception e) when (e is JsonSchemaException or RefResolutionException or ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            return (null, e.Message.Split('\n')[0]);
        }
    }

    private static bool SetAside(EvaluationResults detail, List<(string Path, string Location)> passed)
    {
        var path = detail.EvaluationPath.ToString();
        var location = detail.InstanceLocation.ToString();
        return passed.Any(p => path.Length > p.Path.Length && Within(path, p.Path) && Within(location, p.Location));
    }

    /// <summary>Whether the JSON pointer <paramref name="inner"/> is <paramref name="outer"/> or below it (whole segments).</summary>
    private static bool Within(string inner, string outer) =>
        outer.Length == 0 || inner == outer || (inner.StartsWith(outer, StringComparison.Ordinal) && inner.Length > outer.Length && inner[outer.Length] == '/');

    private static List<SchemaError> Errors(EvaluationResults result)
    {
        var errors = new List<SchemaError>();
        var details = result.Details ?? [];
        var passed = details.Where(d => d.IsValid)
            .Select(d => (Path: d.EvaluationPath.ToString(), Location: d.InstanceLocation.ToString()))
            .ToList();
        foreach (var detail in details)
        {
            // A branch of a oneOf/anyOf (or any subschema) whose enclosing schema passed at that
            // place is no reason the value fails: the validator reports it all the same.
            if (SetAside(detail, passed)) continue;
            foreach (var (keyword, message) in detail.Errors ?? [])
            {
                errors.Add(new SchemaError(detail.InstanceLocation.ToString(), keyword, message));
            }
        }

        if (errors.Count == 0 && result.Errors is { } own)
        {
            errors.AddRange(own.Select(e => new SchemaError(result.InstanceLocation.ToString(), e.Key, e.Value)));
        }

        // A oneOf that more than one branch matches fails without a message of its own.
        if (errors.Count == 0)
        {
            var ambiguous = (result.Details ?? [])
                .Where(d => d.IsValid && System.Text.RegularExpressions.Regex.IsMatch(d.EvaluationPath.ToString(), "/oneOf/[0-9]+$"))
                .GroupBy(d => (Parent: d.EvaluationPath.ToString()[..d.EvaluationPath.ToString().LastIndexOf('/')], Location: d.InstanceLocation.ToString()))
                .FirstOrDefault(g => g.Count() > 1);
            errors.Add(ambiguous is not null
                ? new SchemaError(ambiguous.Key.Location, "oneOf", $"the value matches {ambiguous.Count()} oneOf branches; exactly one must match")
                : new SchemaError(result.InstanceLocation.ToString(), "schema", "the value is invalid"));
        }

        // The validator reports each failing branch of a oneOf/anyOf; the deepest errors explain best.
        return errors.OrderByDescending(e => e.InstanceLocation.Length).ThenBy(e => e.Keyword, StringComparer.Ordinal).ToList();
    }
}
