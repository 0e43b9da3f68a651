using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Diff.Rules;
using Conformance.Diff.Schemas;

namespace Conformance.Diff.Comparers;

/// <summary>
/// Compares path, query, header and cookie parameters. Path parameters are matched by position
/// in the template (their names are not on the wire); header names case-insensitively.
/// </summary>
internal static partial class ParameterComparer
{
    public static void Compare(DiffContext context, RawOperation old, RawOperation @new)
    {
        var slug = @new.Operation.Slug;
        var olds = Index(old);
        var news = Index(@new);
        foreach (var (key, o) in olds)
        {
            var label = $"{@new.Operation.Label} {o.In} parameter '{o.Name}'";
            var subject = $"{o.In} parameter '{o.Name}'";
            if (!news.TryGetValue(key, out var n))
            {
                context.Report(ParameterRules.Removed, slug, o.Pointer, @new.Operation.Pointer, $"{label} removed", RequirementKeys.RequestSchema, ClientSteps.One($"Stop sending {subject}: no longer documented"));
                continue;
            }

            if (o.Required != n.Required)
            {
                var rule = n.Required ? ParameterRules.BecameRequired : ParameterRules.BecameOptional;
                var step = n.Required ? $"Always send {subject}: now required" : $"{ClientSteps.Capitalised(subject)} may now be left out";
                context.Report(rule, slug, o.Pointer, n.Pointer, $"{label} is now {(n.Required ? "required" : "optional")}", RequirementKeys.RequestSchema, ClientSteps.One(step));
            }

            SchemaReporter.Compare(context, slug, SchemaDirection.Request, label, subject, (o.Schema, o.SchemaPointer), (n.Schema, n.SchemaPointer));
        }

        foreach (var (key, n) in news.Where(kv => !olds.ContainsKey(kv.Key)))
        {
            var subject = $"{n.In} parameter '{n.Name}'";
            if (n.In == "path" && BodyField(context, old, @new, n.Name) is { } field)
            {
                context.Report(
                    ParameterRules.MovedIntoPath,
                    slug,
                    field,
                    n.Pointer,
                    $"{@new.Operation.Label}: request body field '{n.Name}' moved into the path",
                    RequirementKeys.RequestSchema,
                    ClientSteps.One($"The request body field '{n.Name}' moved into the path: put it in {@new.Operation.Path}"));
                continue;
            }

            var rule = n.Required ? ParameterRules.RequiredAdded : ParameterRules.OptionalAdded;
            var step = n.Required ? $"Send {subject}: now required" : $"You may send {subject} (new, optional)";
            context.Report(rule, slug, old.Operation.Pointer, n.Pointer, $"{@new.Operation.Label} {subject} added{(n.Required ? " as required" : "")}", RequirementKeys.RequestSchema, ClientSteps.One(step));
        }
    }

    /// <summary>Where the old request body defines a top-level field <paramref name="name"/> that the
    /// new body (if any) no longer has: the new path parameter of that name is where it went.</summary>
    private static string? BodyField(DiffContext context, RawOperation old, RawOperation @new, string name)
    {
        static (string? Pointer, bool Found) Field(Schemas.SchemaResolver resolver, RawOperation raw, string name)
        {
            if (raw.RequestBody() is not var (body, at)) return (null, false);
            foreach (var (schema, pointer) in RawOperation.Content(body, at).Values)
            {
                if (resolver.View(schema, pointer).Properties.TryGetValue(name, out var property)) return (property.Pointer, true);
            }

            return (null, false);
        }

        var (oldAt, wasInBody) = Field(context.OldSchemas, old, name);
        return wasInBody && !Field(context.NewSchemas, @new, name).Found ? oldAt : null;
    }

    private sealed record Parameter(string Name, string In, bool Required, JsonNode? Schema, string SchemaPointer, string Pointer);

    private static Dictionary<string, Parameter> Index(RawOperation raw)
    {
        var pathNames = PathParameter().Matches(raw.Operation.Path).Select(m => m.Groups[1].Value).ToList();
        var result = new Dictionary<string, Parameter>(StringComparer.Ordinal);
        foreach (var (node, at, entry) in raw.Parameters())
        {
            var name = JsonRead.Text(node["name"]) ?? "";
            var @in = JsonRead.Text(node["in"]) ?? "query";

            // A parameter may carry its schema under content instead (OpenAPI 3 §4.8.12).
            var (schema, schemaAt) = node.ContainsKey("schema")
                ? (node["schema"], at + "/schema")
                : RawOperation.Content(node, at).Values.FirstOrDefault();
            var key = @in switch
            {
                "path" => $"path#{pathNames.IndexOf(name)}",
                "header" => $"header:{name.ToLowerInvariant()}",
                _ => $"{@in}:{name}",
            };
            result[key] = new Parameter(name, @in, @in == "path" || JsonRead.Bool(node["required"]) == true, schema, schemaAt ?? at, entry);
        }

        return result;
    }

    [GeneratedRegex(@"\{([^}]*)\}")]
    private static partial Regex PathParameter();
}
