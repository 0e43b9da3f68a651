using System.Text.Json.Nodes;
using Conformance.Spec.Schemas;
using Conformance.Spec.Vocabulary;
using NSwag;

namespace Conformance.Spec;

/// <summary>Builds one <see cref="ApiOperation"/> from NSwag's operation and the raw JSON node.</summary>
internal static class OperationReader
{
    public static ApiOperation Read(JsonObject root, string path, string method, OpenApiOperation op, string pointer, VocabularyReader vocab, ProblemSink problems, SchemaDocument schemas)
    {
        var raw = JsonPointer.Resolve(root, pointer) as JsonObject ?? [];
        var upper = method.ToUpperInvariant();
        var parameters = Parameters(schemas, pointer);

        ApiRequestBody? body = null;
        if (op.RequestBody?.ActualRequestBody is { } rb)
        {
            var content = schemas.Follow($"{pointer}/requestBody") + "/content";
            body = new ApiRequestBody(rb.IsRequired, rb.Content.Select(c => Media(c.Key, c.Value, $"{pointer}/requestBody/content", schemas, content)).ToList());
        }

        var responses = op.ActualResponses
            .Select(r => new ApiResponse(
                r.Key,
                r.Value.ActualResponse.Description,
                r.Value.ActualResponse.Content.Select(c => Media(c.Key, c.Value, $"{pointer}/responses/{r.Key}/content", schemas,
                    schemas.Follow(JsonPointer.Append($"{pointer}/responses", r.Key)) + "/content")).ToList(),
                $"{pointer}/responses/{r.Key}")
            {
                Decision = ResponseDecision(JsonPointer.Resolve(root, schemas.Follow(JsonPointer.Append($"{pointer}/responses", r.Key))) as JsonObject),
            })
            .ToList();
        if (responses.Count == 0) problems.Add(raw.ContainsKey("responses") ? pointer + "/responses" : pointer, "operation documents no response");

        return new ApiOperation(
            upper,
            path,
            op.OperationId,
            op.OperationId ?? SpecLoader.Slugify($"{method}-{path}"),
            op.Summary,
            parameters,
            body,
            responses,
            Security(root, raw),
            vocab.Semantics(raw["x-conformance"], pointer + "/x-conformance"),
            vocab.Probe(raw["x-conformance-probe"], pointer + "/x-conformance-probe"),
            vocab.Requirements(raw["x-requirements"], pointer + "/x-requirements"),
            pointer,
            problems.LineOf(pointer))
        {
            SensitiveFields = SensitiveFields.Read(root, raw),
        };
    }

    private static ApiMediaType Media(string mediaType, OpenApiMediaType media, string pointer, SchemaDocument schemas, string resolvedContent)
    {
        var at = JsonPointer.Append(pointer, mediaType);
        var examples = media.Examples
            .Select(e => new ApiExample(e.Key, ToNode(e.Value.ActualExample.Value), $"{at}/examples/{JsonPointer.Escape(e.Key)}/value"))
            .ToList();
        if (media.Example is not null) examples.Add(new ApiExample("example", ToNode(media.Example), at + "/example"));
        var schema = JsonPointer.Append(resolvedContent, mediaType) + "/schema";
        return new ApiMediaType(mediaType, schemas.NodeAt(schema) is null ? null : schemas.At(schema), examples);
    }

    /// <summary>
    /// The path item's parameters, overridden by the operation's own of the same name and
    /// location (OpenAPI 3 §4.8.9); each a pointer into the document so its schema can be validated.
    /// </summary>
    private static List<ApiParameter> Parameters(SchemaDocument schemas, string operationPointer)
    {
        var pathItem = operationPointer[..operationPointer.LastIndexOf('/')];
        var found = new Dictionary<(string Name, string In), ApiParameter>();
        var order = new List<(string, string)>();
        foreach (var list in new[] { pathItem + "/parameters", operationPointer + "/parameters" })
        {
            if (schemas.NodeAt(list) is not JsonArray items) continue;
            for (var i = 0; i < items.Count; i++)
            {
                var at = schemas.Follow($"{list}/{i}");
                if (schemas.NodeAt(at) is not JsonObject p || VocabularyReader.Text(p["name"]) is not { } name || VocabularyReader.Text(p["in"]) is not { } location) continue;
                var schema = p["schema"] is not null ? at + "/schema"
                    : p["content"] is JsonObject content && content.FirstOrDefault() is { Key: { } mt } ? JsonPointer.Append(at + "/content", mt) + "/schema"
                    : null;
                var style = VocabularyReader.Text(p["style"]) ?? (location is "query" or "cookie" ? "form" : "simple");
                var explode = p["explode"] is JsonValue e && e.TryGetValue<bool>(out var ex) ? ex : style == "form";
                var key = (name, location);
                if (!found.ContainsKey(key)) order.Add(key);
                found[key] = new ApiParameter(name, location, location == "path" || (p["required"] is JsonValue r && r.TryGetValue<bool>(out var req) && req),
                    schema is not null && schemas.NodeAt(schema) is not null ? schemas.At(schema) : null)
                {
                    Style = style,
                    Explode = explode,
                    Pointer = at,
                };
            }
        }

        return order.Select(k => found[k]).ToList();
    }

    // NSwag keeps examples as Newtonsoft tokens; the suite works in System.Text.Json.
    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        Newtonsoft.Json.Linq.JToken token => JsonNode.Parse(token.ToString(Newtonsoft.Json.Formatting.None)),
        _ => JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(value)),
    };

    /// <summary>The operation's own <c>security</c>, or the document's when it has none (OpenAPI 3 §4.8.10).</summary>
    private static IReadOnlyList<IReadOnlyList<string>> Security(JsonObject root, JsonObject raw)
    {
        var node = raw.ContainsKey("security") ? raw["security"] : root["security"];
        return (node as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(req => (IReadOnlyList<string>)req.Select(kv => kv.Key).ToList())
            .ToList();
    }

    /// <summary>A response marked <c>x-basis: decision</c> (no document gives its status or body): its <c>x-decision</c>, or the marker.</summary>
    private static string? ResponseDecision(JsonObject? response) =>
        response?["x-basis"]?.ToString() == "decision" ? response["x-decision"]?.ToString() ?? "x-basis: decision" : null;
}
