using System.Text.Json.Nodes;
using Conformance.Spec;

namespace Conformance.Tests.Spec;

/// <summary>
/// Compares one operation of two OpenAPI documents on what a client depends on: security (and
/// the schemes it names), parameters, request body and responses, with every <c>$ref</c>
/// resolved and documentation-only keys (descriptions, summaries, examples, titles, tags,
/// operation ids, <c>x-</c> extensions) left out. A difference is recorded when our node, or the
/// object holding it, carries an <c>x-decision</c> (our choice, written next to it).
/// </summary>
internal static class OpenApiAgreement
{
    private static readonly HashSet<string> Ignored =
        ["description", "summary", "tags", "operationId", "examples", "example", "title", "externalDocs", "deprecated"];

    /// <summary>One difference: where (a pointer inside the operation), ours, the vendor's, and whether an x-decision records it.</summary>
    public sealed record Difference(string Pointer, string Ours, string Theirs, bool Recorded)
    {
        public override string ToString() => $"{Pointer}: ours {Ours}, vendor's {Theirs}{(Recorded ? " (x-decision)" : "")}";
    }

    public static JsonObject Read(string path) => (JsonObject)YamlJsonReader.Read(File.ReadAllText(path), path).Root;

    public static IReadOnlyList<Difference> Compare(JsonObject ours, JsonObject theirs, string path, string method)
    {
        var differences = new List<Difference>();
        var our = Operation(ours, path, method);
        var their = Operation(theirs, path, method);
        if (our is null || their is null)
        {
            differences.Add(new Difference($"{method.ToUpperInvariant()} {path}", our is null ? "absent" : "present", their is null ? "absent" : "present", false));
            return differences;
        }

        Diff(Normalize(ours, our), Normalize(theirs, their), "", false, differences);
        return differences;
    }

    private static JsonObject? Operation(JsonObject document, string path, string method) =>
        document["paths"]?[path]?[method] as JsonObject;

    /// <summary>The parts of an operation a client depends on, resolved; parameters keyed by location and name; schemes inlined.</summary>
    private static JsonObject Normalize(JsonObject document, JsonObject operation)
    {
        var normalized = new JsonObject();
        foreach (var key in new[] { "requestBody", "responses" })
        {
            if (operation[key] is { } part) normalized[key] = Resolve(document, part, []);
        }

        var parameters = new JsonObject();
        foreach (var parameter in (operation["parameters"] as JsonArray ?? []).Select(p => Resolve(document, p, [])).OfType<JsonObject>())
        {
            parameters[$"{parameter["in"]}:{parameter["name"]}"] = parameter;
        }

        if (parameters.Count > 0) normalized["parameters"] = parameters;

        // Security: each alternative, as the set of schemes it needs, with each scheme's definition.
        var schemes = document["components"]?["securitySchemes"] as JsonObject;
        var security = new JsonArray();
        foreach (var requirement in (operation["security"] ?? document["security"]) as JsonArray ?? [])
        {
            var needed = new JsonObject();
            foreach (var (name, _) in (requirement as JsonObject ?? []).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                needed[name] = schemes?[name] is { } scheme ? Resolve(document, scheme, []) : "undefined";
            }

            security.Add(needed);
        }

        normalized["security"] = security;
        return normalized;
    }

    /// <summary>A deep copy with every <c>$ref</c> replaced by its target (a cycle stays a <c>$ref</c>) and ignored keys dropped; x-decision is kept as a marker.</summary>
    private static JsonNode? Resolve(JsonObject document, JsonNode? node, HashSet<string> visiting)
    {
        switch (node)
        {
            case JsonObject o when o["$ref"] is JsonValue r && r.TryGetValue<string>(out var reference) && reference.StartsWith("#/", StringComparison.Ordinal):
                if (!visiting.Add(reference)) return new JsonObject { ["$ref"] = reference };
                var target = Conformance.Spec.JsonPointer.Resolve(document, reference[1..]);
                var resolved = Resolve(document, target, visiting);
                visiting.Remove(reference);

                // Siblings of $ref (OpenAPI 3.1) add to the target.
                if (resolved is JsonObject merged)
                {
                    foreach (var (key, value) in o.Where(p => p.Key != "$ref")) merged[key] = Resolve(document, value, visiting);
                }

                return resolved;
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (key, value) in o)
                {
                    if (Ignored.Contains(key) || (key.StartsWith("x-", StringComparison.Ordinal) && key != "x-decision")) continue;
                    copy[key] = Resolve(document, value, visiting);
                }

                return copy;
            case JsonArray a:
                return new JsonArray(a.Select(item => Resolve(document, item, visiting)).ToArray());
            default:
                return node?.DeepClone();
        }
    }

    /// <param name="held">Whether the object holding this node carries an x-decision (it records a difference of a keyword or list).</param>
    private static void Diff(JsonNode? ours, JsonNode? theirs, string pointer, bool held, List<Difference> differences)
    {
        switch (ours, theirs)
        {
            case (JsonObject o, JsonObject t):
                var decided = o.ContainsKey("x-decision");
                foreach (var key in o.Select(p => p.Key).Union(t.Select(p => p.Key)).Where(k => k != "x-decision"))
                {
                    var child = Conformance.Spec.JsonPointer.Append(pointer, key);
                    if (o.ContainsKey(key) && t.ContainsKey(key)) Diff(o[key], t[key], child, decided, differences);
                    else differences.Add(new Difference(child, o.ContainsKey(key) ? Show(o[key]) : "absent", t.ContainsKey(key) ? Show(t[key]) : "absent", decided));
                }

                break;
            case (JsonArray o, JsonArray t) when o.All(i => i is JsonValue) && t.All(i => i is JsonValue):
                // Lists of scalars (required, enum) are sets.
                if (!o.Select(Show).ToHashSet(StringComparer.Ordinal).SetEquals(t.Select(Show)))
                {
                    differences.Add(new Difference(pointer, Show(o), Show(t), held));
                }

                break;
            case (JsonArray o, JsonArray t):
                if (o.Count != t.Count) differences.Add(new Difference(pointer, $"{o.Count} items", $"{t.Count} items", held));
                for (var i = 0; i < Math.Min(o.Count, t.Count); i++) Diff(o[i], t[i], $"{pointer}/{i}", held, differences);
                break;
            default:
                if (!JsonNode.DeepEquals(ours, theirs)) differences.Add(new Difference(pointer, Show(ours), Show(theirs), held));
                break;
        }
    }

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 120 ? text[..117] + "..." : text;
    }
}
