using System.Text.Json.Nodes;
using Conformance.Spec.Vocabulary;
using NSwag;

namespace Conformance.Spec;

/// <summary>Builds one <see cref="ApiOperation"/> from NSwag's operation and the raw JSON node.</summary>
internal static class OperationReader
{
    public static ApiOperation Read(JsonObject root, string path, string method, OpenApiOperation op, string pointer, VocabularyReader vocab, ProblemSink problems)
    {
        var raw = JsonPointer.Resolve(root, pointer) as JsonObject ?? [];
        var upper = method.ToUpperInvariant();
        var parameters = op.ActualParameters
            .Select(p => new ApiParameter(p.Name, p.Kind.ToString().ToLowerInvariant(), p.IsRequired, p.Schema?.ActualSchema ?? p.ActualSchema))
            .ToList();

        ApiRequestBody? body = null;
        if (op.RequestBody?.ActualRequestBody is { } rb)
        {
            body = new ApiRequestBody(rb.IsRequired, rb.Content.Select(c => Media(c.Key, c.Value, $"{pointer}/requestBody/content")).ToList());
        }

        var responses = op.ActualResponses
            .Select(r => new ApiResponse(
                r.Key,
                r.Value.ActualResponse.Description,
                r.Value.ActualResponse.Content.Select(c => Media(c.Key, c.Value, $"{pointer}/responses/{r.Key}/content")).ToList(),
                $"{pointer}/responses/{r.Key}"))
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
            problems.LineOf(pointer));
    }

    private static ApiMediaType Media(string mediaType, OpenApiMediaType media, string pointer)
    {
        var at = JsonPointer.Append(pointer, mediaType);
        var examples = media.Examples
            .Select(e => new ApiExample(e.Key, ToNode(e.Value.ActualExample.Value), $"{at}/examples/{JsonPointer.Escape(e.Key)}/value"))
            .ToList();
        if (media.Example is not null) examples.Add(new ApiExample("example", ToNode(media.Example), at + "/example"));
        return new ApiMediaType(mediaType, media.Schema?.ActualSchema, examples);
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
}
