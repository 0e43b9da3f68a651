using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Spec;
using NJsonSchema;

namespace Conformance.Scenarios;

/// <summary>
/// Derives schema-negative requests from a valid one: each required property missing, each
/// constraint of each top-level property broken in turn (type, length, enum, pattern, bounds),
/// an extra property where <c>additionalProperties: false</c>, malformed JSON, a body that is
/// not an object, the wrong content type, and each path parameter of the wrong type.
/// </summary>
internal static class SchemaViolations
{
    public static IEnumerable<SchemaViolation> For(ApiOperation operation, RequestTemplate valid)
    {
        var schema = operation.RequestBody?.Json?.Schema?.ActualSchema;
        if (schema is not null && valid.Body is JsonObject body)
        {
            foreach (var v in BodyViolations(schema, body, valid)) yield return v;
            yield return new("malformed-json", "sends a body that is not valid JSON", valid with { Body = null, RawBody = "{\"" + body.FirstOrDefault().Key + "\": " }, "malformed-json");
            yield return new("not-an-object", "sends a JSON array where an object is required", valid with { Body = new JsonArray(), RawBody = null }, "type");
            yield return new("wrong-content-type", "sends the valid body as text/plain", valid with { ContentType = "text/plain" }, "content-type");
        }

        foreach (var parameter in operation.Parameters.Where(p => p.In == "path" && p.Schema is not null))
        {
            var ps = parameter.Schema!.ActualSchema;
            if (ps.Type.HasFlag(JsonObjectType.Integer) || ps.Type.HasFlag(JsonObjectType.Number))
            {
                yield return new($"{parameter.Name}-wrong-type", $"sends a non-numeric path parameter {parameter.Name}",
                    valid with { PathParameters = With(valid.PathParameters, parameter.Name, "not-a-number") }, "type");
            }
        }
    }

    private static IEnumerable<SchemaViolation> BodyViolations(JsonSchema schema, JsonObject body, RequestTemplate valid)
    {
        foreach (var (name, property) in schema.ActualProperties)
        {
            var p = property.ActualSchema;
            var required = property.IsRequired || schema.RequiredProperties.Contains(name);
            if (required) yield return Mutate(valid, body, name, null, remove: true, $"{name}-missing", $"omits the required property {name}");
            if (p.Type.HasFlag(JsonObjectType.String))
            {
                yield return Mutate(valid, body, name, JsonValue.Create(12345), false, $"{name}-wrong-type", $"sends {name} as a number instead of a string");
                if (p.MinLength is > 0) yield return Mutate(valid, body, name, JsonValue.Create(new string('x', p.MinLength.Value - 1)), false, $"{name}-too-short", $"sends {name} shorter than minLength {p.MinLength}");
                if (p.MaxLength is { } max) yield return Mutate(valid, body, name, JsonValue.Create(new string('x', max + 1)), false, $"{name}-too-long", $"sends {name} longer than maxLength {max}");
                if (p.Enumeration.Count > 0) yield return Mutate(valid, body, name, JsonValue.Create("conformance-not-allowed"), false, $"{name}-not-in-enum", $"sends {name} outside its enum");
                if (p.Pattern is not null) yield return Mutate(valid, body, name, JsonValue.Create("!~ no match ~!"), false, $"{name}-pattern-mismatch", $"sends {name} not matching its pattern");
            }
            else if (p.Type.HasFlag(JsonObjectType.Integer) || p.Type.HasFlag(JsonObjectType.Number))
            {
                yield return Mutate(valid, body, name, JsonValue.Create("not-a-number"), false, $"{name}-wrong-type", $"sends {name} as a string instead of a number");
                if (p.Minimum is { } min) yield return Mutate(valid, body, name, JsonValue.Create(min - 1), false, $"{name}-below-minimum", $"sends {name} below minimum {min.ToString(CultureInfo.InvariantCulture)}");
                if (p.Maximum is { } mx) yield return Mutate(valid, body, name, JsonValue.Create(mx + 1), false, $"{name}-above-maximum", $"sends {name} above maximum {mx.ToString(CultureInfo.InvariantCulture)}");
            }
            else if (p.Type.HasFlag(JsonObjectType.Boolean))
            {
                yield return Mutate(valid, body, name, JsonValue.Create("yes"), false, $"{name}-wrong-type", $"sends {name} as a string instead of a boolean");
            }
        }

        if (!schema.AllowAdditionalProperties)
        {
            yield return Mutate(valid, body, "conformanceUnexpected", JsonValue.Create("extra"), false, "extra-property", "adds a property the schema forbids (additionalProperties: false)");
        }
    }

    private static SchemaViolation Mutate(RequestTemplate valid, JsonObject body, string name, JsonNode? value, bool remove, string variant, string stimulus)
    {
        var copy = (JsonObject)body.DeepClone();
        if (remove) copy.Remove(name);
        else copy[name] = value;
        return new SchemaViolation(variant, stimulus, valid with { Body = copy, RawBody = null }, KindOf(variant));
    }

    /// <summary>The JSON Schema keyword a variant breaks, from its slug's suffix.</summary>
    private static string KindOf(string variant) =>
        variant.EndsWith("-missing", StringComparison.Ordinal) ? "required"
        : variant.EndsWith("-too-short", StringComparison.Ordinal) ? "minLength"
        : variant.EndsWith("-too-long", StringComparison.Ordinal) ? "maxLength"
        : variant.EndsWith("-not-in-enum", StringComparison.Ordinal) ? "enum"
        : variant.EndsWith("-pattern-mismatch", StringComparison.Ordinal) ? "pattern"
        : variant.EndsWith("-below-minimum", StringComparison.Ordinal) ? "minimum"
        : variant.EndsWith("-above-maximum", StringComparison.Ordinal) ? "maximum"
        : variant == "extra-property" ? "additionalProperties"
        : "type";

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> source, string key, string value) =>
        new(source) { [key] = value };
}
