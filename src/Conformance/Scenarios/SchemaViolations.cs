using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Conformance.Scenarios.Schemas;
using Conformance.Spec;

namespace Conformance.Scenarios;

/// <summary>
/// Derives schema-negative requests from a valid one: every constraint of every parameter and of
/// the body at every depth — nested properties, array items, each oneOf/anyOf branch — broken in
/// turn (<see cref="ViolationWalker"/>), each kept only when the validator confirms the request
/// as the server will read it is invalid; plus malformed JSON and the wrong content type. Each
/// constraint found is recorded for the coverage (<see cref="ConstraintCoverage"/>).
/// </summary>
internal static class SchemaViolations
{
    private static readonly ConditionalWeakTable<ApiOperation, Result> Cache = [];

    public static IReadOnlyList<SchemaViolation> For(ApiOperation operation, RequestTemplate valid) => Of(operation, valid).Violations;

    /// <summary>The constraints of the operation's request and whether each was violated.</summary>
    public static IReadOnlyList<CoverageEntry> Coverage(ApiOperation operation, RequestTemplate valid) => Of(operation, valid).Coverage;

    private static Result Of(ApiOperation operation, RequestTemplate valid) => Cache.GetValue(operation, o => Compute(o, valid));

    private sealed record Result(List<SchemaViolation> Violations, List<CoverageEntry> Coverage);

    private static Result Compute(ApiOperation operation, RequestTemplate valid)
    {
        var parts = RequestParts.For(operation);
        var result = new Result([], []);
        var slugs = new HashSet<string>(StringComparer.Ordinal);

        // A request whose valid parts do not validate cannot show that one broken constraint is refused.
        foreach (var part in parts.Parameters) Parameter(operation, valid, part, parts.Problem, result, slugs);
        Body(operation, valid, parts, parts.Problem, result, slugs);
        return result;
    }

    private static void Parameter(ApiOperation operation, RequestTemplate valid, ParameterPart part, string? problem, Result result, HashSet<string> slugs)
    {
        var p = part.Parameter;
        var label = p.In == "path" ? p.Name : $"{p.In}.{p.Name}";
        if (p.Required && p.In != "path")
        {
            if (problem is null)
            {
                Add(result, slugs, new CoverageEntry(operation.Slug, "parameters", "required", label, true, null),
                    $"{label}-missing", $"omits the required {p.In} parameter {p.Name}", Without(valid, p), "required");
            }
            else
            {
                result.Coverage.Add(new CoverageEntry(operation.Slug, "parameters", "required", label, false, problem));
            }
        }

        if (part.Shape is not { } shape) return;
        foreach (var found in ViolationWalker.Walk(shape, part.Valid))
        {
            var where = found.Path.Length == 0 ? label : $"{label}.{found.Path}";
            var stimulus = found.Stimulus.Replace("the value", $"the {p.In} parameter {p.Name}", StringComparison.Ordinal);
            if (problem is not null || !found.Made)
            {
                result.Coverage.Add(new CoverageEntry(operation.Slug, "parameters", found.Constraint.Kind, where, false, problem ?? found.Why));
                continue;
            }

            var read = WireFormat.Read(shape, found.Value);
            if (found.Constraint.Kind == "type" && !WireFormat.BreaksType(shape, read, found.Path))
            {
                result.Coverage.Add(new CoverageEntry(operation.Slug, "parameters", "type", where, false, "a parameter is text: no value breaks its string type") { Breakable = false });
                continue;
            }

            if (shape.Accepts(read))
            {
                var text = found.Constraint.Kind == "type";
                result.Coverage.Add(new CoverageEntry(operation.Slug, "parameters", found.Constraint.Kind, where, false,
                    text ? "a parameter is text: no value breaks its string type" : "as text the value still validates") { Breakable = !text });
                continue;
            }

            Add(result, slugs, new CoverageEntry(operation.Slug, "parameters", found.Constraint.Kind, where, true, null),
                Slug(label, found), stimulus, With(valid, p, found.Value), found.Constraint.Kind);
        }
    }

    private static void Body(ApiOperation operation, RequestTemplate valid, RequestParts parts, string? problem, Result result, HashSet<string> slugs)
    {
        if (parts.Media is null || parts.BodyShape is not { } shape) return;
        var structured = parts.Media.IsJson || parts.Media.IsForm || parts.Media.IsMultipart;
        if (structured)
        {
            foreach (var found in ViolationWalker.Walk(shape, parts.Body))
            {
                var place = found.Branch is not null ? "branches" : found.Path.Contains('.', StringComparison.Ordinal) || found.Path.Contains('[', StringComparison.Ordinal) ? "nested" : "body";
                var where = found.Path.Length == 0 ? "body" : found.Path;
                if (problem is not null || !parts.BodyValid || !found.Made)
                {
                    result.Coverage.Add(new CoverageEntry(operation.Slug, place, found.Constraint.Kind, where, false, problem ?? found.Why));
                    continue;
                }

                if (!parts.Media.IsJson && found.Constraint.Kind == "type" && !WireFormat.BreaksType(shape, parts.Wire(found.Value), found.Path))
                {
                    result.Coverage.Add(new CoverageEntry(operation.Slug, place, "type", where, false, "a form field is text: no value breaks its string type") { Breakable = false });
                    continue;
                }

                if (shape.Accepts(parts.Wire(found.Value)))
                {
                    result.Coverage.Add(new CoverageEntry(operation.Slug, place, found.Constraint.Kind, where, false,
                        parts.Media.IsJson ? "the value made still validates (another branch accepts it)" : "as form text the value still validates"));
                    continue;
                }

                var body = Marked(operation, found.Value, parts.Body);
                var (json, raw, contentType) = parts.Encode(body);
                var stimulus = found.Stimulus.Replace("the value", "the body", StringComparison.Ordinal);
                if (found.Branch is { } branch) stimulus += $" (in {branch[..^1].Replace("Of", "Of branch ", StringComparison.Ordinal)}{branch[^1]})";
                Add(result, slugs, new CoverageEntry(operation.Slug, place, found.Constraint.Kind, where, true, null),
                    Slug(null, found, shape), stimulus, valid with { Body = json, RawBody = raw, ContentType = contentType, GenerationProblem = null }, found.Constraint.Kind);
            }
        }

        if (parts.Media.IsJson && valid.Body is JsonObject first)
        {
            Extra(result, slugs, "malformed-json", "sends a body that is not valid JSON", valid with { Body = null, RawBody = "{\"" + first.FirstOrDefault().Key + "\": " }, "malformed-json");
        }

        if (structured && valid.HasBody)
        {
            Extra(result, slugs, "wrong-content-type", "sends the valid body as text/plain", valid with { ContentType = "text/plain" }, "content-type");
        }
    }

    /// <summary>The fixture marker back where the resource id goes, when the violation left that field as it was.</summary>
    private static JsonNode? Marked(ApiOperation operation, JsonNode? body, JsonNode? validBody)
    {
        var copy = body?.DeepClone();
        if (operation.Semantics.Resource is { In: "body" } resource && copy is JsonObject obj && validBody is JsonObject original
            && obj.ContainsKey(resource.Name) && JsonNode.DeepEquals(obj[resource.Name], original[resource.Name]))
        {
            obj[resource.Name] = RequestTemplate.FixtureMarker;
        }

        return copy;
    }

    private static void Add(Result result, HashSet<string> slugs, CoverageEntry entry, string slug, string stimulus, RequestTemplate request, string kind)
    {
        result.Coverage.Add(entry);
        Extra(result, slugs, slug, stimulus, request, kind);
    }

    private static void Extra(Result result, HashSet<string> slugs, string slug, string stimulus, RequestTemplate request, string kind)
    {
        slug = Clean(slug);
        var unique = slug;
        for (var i = 2; !slugs.Add(unique); i++) unique = $"{slug}-{i}";
        result.Violations.Add(new SchemaViolation(unique, stimulus, request with { GenerationProblem = null }, kind));
    }

    /// <summary>A stable slug: where (parameter, property path, branch) and what is broken.</summary>
    private static string Slug(string? parameter, Found found, Shape? body = null)
    {
        var where = string.Join(".", new[] { parameter, found.Branch, found.Path.Length == 0 ? null : found.Path }.Where(x => x is not null));
        var c = found.Constraint;
        if (c.Kind == "type" && where.Length == 0 && body?.Types is { Count: 1 } t && t.Contains("object")) return "not-an-object";
        if (c.Kind is "additionalProperties" or "unevaluatedProperties") return where.Length == 0 ? "extra-property" : $"{where}-extra-property";
        if (c.Kind == "required") return $"{(where.Length == 0 ? "" : where + ".")}{c.Detail}-missing";
        if (c.Kind == "dependentRequired") return $"{(where.Length == 0 ? "" : where + ".")}{c.Detail}-dependent-missing";
        var suffix = c.Kind switch
        {
            "type" => "wrong-type",
            "minLength" => "too-short",
            "maxLength" => "too-long",
            "enum" => "not-in-enum",
            "const" => "not-const",
            "pattern" => "pattern-mismatch",
            "minimum" => "below-minimum",
            "maximum" => "above-maximum",
            "exclusiveMinimum" => "at-exclusive-minimum",
            "exclusiveMaximum" => "at-exclusive-maximum",
            "multipleOf" => "not-multiple",
            "minItems" => "too-few-items",
            "maxItems" => "too-many-items",
            "uniqueItems" => "duplicate-items",
            "items" => "extra-item",
            "format" => "bad-format",
            "minProperties" => "too-few-properties",
            "maxProperties" => "too-many-properties",
            "oneOf" or "anyOf" => "no-branch",
            _ => c.Kind,
        };
        return where.Length == 0 ? suffix : $"{where}-{suffix}";
    }

    /// <summary>
    /// Scenario ids are <c>vendor.operation/class/variant</c> with a variant of letters, digits and
    /// dashes: a path <c>a.b[]</c> becomes <c>a-b-items</c>, a parameter <c>query.page</c> <c>query-page</c>.
    /// </summary>
    private static string Clean(string slug)
    {
        var text = slug.Replace("[]", "-items", StringComparison.Ordinal);
        text = System.Text.RegularExpressions.Regex.Replace(text, @"\[(\d+)\]", "-$1");
        text = System.Text.RegularExpressions.Regex.Replace(text, "[^A-Za-z0-9-]+", "-");
        return System.Text.RegularExpressions.Regex.Replace(text, "-{2,}", "-").Trim('-');
    }

    private static RequestTemplate Without(RequestTemplate valid, ApiParameter p) => p.In switch
    {
        "query" => valid with { Query = valid.Query.Where(q => q.Key != p.Name).ToList() },
        "header" => valid with { Headers = Drop(valid.Headers, p.Name) },
        "cookie" => valid with { Cookies = Drop(valid.Cookies, p.Name) },
        _ => valid,
    };

    private static RequestTemplate With(RequestTemplate valid, ApiParameter p, JsonNode? value) => p.In switch
    {
        "path" => valid with { PathParameters = new Dictionary<string, string>(valid.PathParameters) { [p.Name] = WireFormat.Single(value) } },
        "query" => valid with { Query = [.. valid.Query.Where(q => q.Key != p.Name && !q.Key.StartsWith(p.Name + "[", StringComparison.Ordinal)), .. WireFormat.Query(p, value)] },
        "header" => valid with { Headers = new Dictionary<string, string>(valid.Headers, StringComparer.OrdinalIgnoreCase) { [p.Name] = WireFormat.Single(value) } },
        "cookie" => valid with { Cookies = new Dictionary<string, string>(valid.Cookies) { [p.Name] = WireFormat.Single(value) } },
        _ => valid,
    };

    private static Dictionary<string, string> Drop(IReadOnlyDictionary<string, string> source, string name)
    {
        var copy = new Dictionary<string, string>(source, StringComparer.OrdinalIgnoreCase);
        copy.Remove(name);
        return copy;
    }
}
