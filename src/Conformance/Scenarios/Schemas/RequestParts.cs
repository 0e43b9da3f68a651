using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Conformance.Spec;

namespace Conformance.Scenarios.Schemas;

/// <summary>
/// The valid values of one operation's request — each parameter and the body — generated from
/// their schemas and each validated against its own schema as the server will read it. Computed
/// once per operation. <see cref="Problem"/> names what does not validate (our bug).
/// </summary>
internal sealed class RequestParts
{
    private static readonly ConditionalWeakTable<ApiOperation, RequestParts> Cache = [];
    private static readonly string[] IgnoredHeaders = ["accept", "content-type", "authorization"];

    private RequestParts(ApiOperation operation)
    {
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.In == "header" && IgnoredHeaders.Contains(parameter.Name.ToLowerInvariant())) continue;
            Parameters.Add(ParameterPart.For(parameter));
        }

        Media = operation.RequestBody is { } body
            ? body.Json ?? body.Content.FirstOrDefault(c => c.IsForm) ?? body.Content.FirstOrDefault(c => c.IsMultipart) ?? body.Content.FirstOrDefault()
            : null;
        if (Media?.Schema is { } schema)
        {
            BodyShape = ShapeReader.For(schema.Document).Read(schema);
            var fromExample = Media.Examples.Select(e => e.Value).FirstOrDefault(v => BodyShape.Accepts(Wire(v)));
            Body = fromExample?.DeepClone() ?? SampleValues.For(BodyShape);
            if (Media.IsJson || Media.IsForm || Media.IsMultipart)
            {
                if (BodyShape.Why(Wire(Body)) is { } why) BodyProblem = $"body ({Media.MediaType}): {why}";
                else BodyValid = true;
            }
        }
        else if (Media?.Examples.FirstOrDefault()?.Value is { } example)
        {
            Body = example.DeepClone();
        }

        var problems = Parameters.Where(p => p.Problem is not null).Select(p => p.Problem!).ToList();
        if (BodyProblem is not null) problems.Add(BodyProblem);
        Problem = problems.Count == 0 ? null : "generated request does not validate: " + string.Join("; ", problems);
    }

    public List<ParameterPart> Parameters { get; } = [];

    public ApiMediaType? Media { get; }

    public Shape? BodyShape { get; }

    /// <summary>The valid body as JSON (for form and multipart: the object whose fields are sent).</summary>
    public JsonNode? Body { get; }

    public bool BodyValid { get; }

    public string? BodyProblem { get; }

    public string? Problem { get; }

    public static RequestParts For(ApiOperation operation) => Cache.GetValue(operation, o => new RequestParts(o));

    /// <summary>The body as the server reads it: JSON as is, form and multipart fields back from text.</summary>
    public JsonNode? Wire(JsonNode? body) =>
        Media is { IsJson: false } && (Media.IsForm || Media.IsMultipart) && BodyShape is not null && body is JsonObject ? WireFormat.Read(BodyShape, body) : body;

    /// <summary>The body text and content type to send for a body value.</summary>
    public (JsonNode? Json, string? Raw, string? ContentType) Encode(JsonNode? body)
    {
        if (Media is null) return (null, null, null);
        if (Media.IsJson) return (body, null, Media.MediaType);
        if (Media.IsForm) return (null, body is JsonObject f ? WireFormat.Form(f) : WireFormat.Text(body), Media.MediaType);
        if (Media.IsMultipart) return (null, body is JsonObject m ? WireFormat.Multipart(m) : "", WireFormat.MultipartContentType(Media.MediaType));

        // Bytes (octet-stream, images) or text: a short text payload stands for the content.
        return (null, body is JsonValue v && v.TryGetValue<string>(out var s) ? s : "conformance-binary-body", Media.MediaType);
    }
}

/// <summary>One parameter: its shape and valid value (validated as the server reads the text).</summary>
internal sealed record ParameterPart(ApiParameter Parameter, Shape? Shape, JsonNode? Valid, string? Problem)
{
    public static ParameterPart For(ApiParameter parameter)
    {
        if (parameter.Schema is not { } schema) return new ParameterPart(parameter, null, JsonValue.Create("conformance"), null);
        var shape = ShapeReader.For(schema.Document).Read(schema);
        var value = SampleValues.For(shape);
        var why = shape.Why(WireFormat.Read(shape, value));
        return new ParameterPart(parameter, shape, value, why is null ? null : $"{parameter.In} parameter {parameter.Name}: {why}");
    }
}
