using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Conformance.Spec.Schemas;

/// <summary>
/// The schemas of one OpenAPI document in one dialect (JSON Schema 2020-12): a 3.1 document as it
/// is, a 3.0 document with every schema object translated (<see cref="OpenApi30Translation"/>).
/// The whole document is registered with the validator under its own base URI, so a
/// <c>$ref</c> into <c>#/components/...</c> resolves from any schema of it.
/// </summary>
public sealed class SchemaDocument
{
    private static int counter;
    private readonly ConcurrentDictionary<string, JsonNode?> nodes = new(StringComparer.Ordinal);
    private readonly Lazy<SchemaValidator> validator;

    private SchemaDocument(JsonObject root, SchemaDialect dialect)
    {
        Root = root;
        Dialect = dialect;
        BaseUri = new Uri($"https://conformance.invalid/spec-{Interlocked.Increment(ref counter)}/openapi.json");
        validator = new Lazy<SchemaValidator>(() => new SchemaValidator(Root, BaseUri), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The document with its schemas in 2020-12 form (a copy for 3.0; never the loader's tree).</summary>
    public JsonObject Root { get; }

    public SchemaDialect Dialect { get; }

    public Uri BaseUri { get; }

    /// <summary>Reads the dialect from <c>openapi</c> (3.0.x or 3.1.x) and prepares the schemas.</summary>
    public static SchemaDocument For(JsonObject root, string openApiVersion)
    {
        var dialect = openApiVersion.StartsWith("3.0", StringComparison.Ordinal) ? SchemaDialect.OpenApi30 : SchemaDialect.OpenApi31;
        var copy = (JsonObject)root.DeepClone();
        if (dialect == SchemaDialect.OpenApi30) OpenApi30Translation.TranslateDocument(copy);
        return new SchemaDocument(copy, dialect);
    }

    public SchemaRef At(string pointer) => new(this, pointer);

    public JsonNode? NodeAt(string pointer) => nodes.GetOrAdd(pointer, p => JsonPointer.Resolve(Root, p));

    /// <summary>
    /// Follows a chain of local <c>$ref</c>s (<c>#/...</c>) from <paramref name="pointer"/> to the
    /// object it names, for OpenAPI objects (parameters, request bodies) that may be references.
    /// </summary>
    public string Follow(string pointer)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (NodeAt(pointer) is JsonObject o && o["$ref"] is JsonValue r && r.TryGetValue<string>(out var target)
               && target.StartsWith('#') && seen.Add(pointer))
        {
            pointer = target[1..];
        }

        return pointer;
    }

    public SchemaResult Validate(string pointer, JsonNode? instance, bool assertFormats) => validator.Value.Validate(pointer, instance, assertFormats);
}
