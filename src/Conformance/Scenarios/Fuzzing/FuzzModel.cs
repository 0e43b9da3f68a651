using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Conformance.Auth;
using Conformance.Scenarios.Schemas;
using Conformance.Spec;
using CsCheck;

namespace Conformance.Scenarios.Fuzzing;

/// <summary>
/// One operation's fuzzing model: the CsCheck generator of its inputs, how an input becomes the
/// request to send (the fixture id where the resource goes, as in every scenario) and what the
/// validator says it is, and the simpler inputs to try when a failing one is minimized.
/// </summary>
internal sealed class FuzzModel(ApiOperation operation, RequestTemplate valid, RequestParts parts, Gen<FuzzInput> gen)
{
    public ApiOperation Operation => operation;

    public Gen<FuzzInput> Gen { get; } = gen;

    /// <summary>The input as a request: encoded, classified by the validator, authorized as it says.</summary>
    public FuzzCase Build(FuzzInput input)
    {
        var template = valid;
        string? why = null;
        var strict = false;
        var formatOnly = false;
        foreach (var part in Fuzzed(operation, parts))
        {
            var p = part.Parameter;
            var key = Key(p);
            if (!input.Parameters.TryGetValue(key, out var value))
            {
                template = Without(template, p);
                if (p.Required)
                {
                    why ??= $"the required {p.In} parameter {p.Name} is missing";
                    strict = true;
                }

                continue;
            }

            template = With(template, p, value);
            if (part.Shape is { } shape) Judge(shape, WireFormat.Read(shape, value), $"{p.In} parameter {p.Name}", ref why, ref strict, ref formatOnly);
        }

        if (parts.Media is not null && parts.BodyShape is { } body)
        {
            var sent = Marked(input.Body);
            var (json, raw, contentType) = parts.Encode(sent);
            template = template with { Body = json, RawBody = json is null && raw is null ? "" : raw, ContentType = contentType };
            if (parts.Media.IsJson || parts.Media.IsForm || parts.Media.IsMultipart) Judge(body, parts.Wire(input.Body), "body", ref why, ref strict, ref formatOnly);
        }

        var auth = AuthPlan.Valid;
        if (input.AuthBreak is { } broken)
        {
            var scheme = broken[(broken.IndexOf(':', StringComparison.Ordinal) + 1)..];
            auth = broken.StartsWith("omit:", StringComparison.Ordinal)
                ? AuthPlan.Valid with { Omit = new HashSet<string> { scheme } }
                : AuthPlan.Valid with { Forge = new HashSet<string> { scheme } };
        }

        var @class = strict ? FuzzClass.Invalid : formatOnly ? FuzzClass.FormatOnly : input.AuthBreak is not null ? FuzzClass.AuthBroken : FuzzClass.Valid;

        // Broken credentials are tested on valid requests only: one thing broken at a time.
        if (input.AuthBreak is not null && @class != FuzzClass.AuthBroken) auth = AuthPlan.Valid;
        return new FuzzCase(input, template with { GenerationProblem = null }, @class, auth, why);
    }

    /// <summary>
    /// Simpler inputs than <paramref name="input"/>, simplest first: credentials whole again, an
    /// optional parameter or property left out, a string emptied, halved or a character dropped
    /// or made an <c>a</c>, a number towards zero, an item fewer. The caller keeps the first one
    /// that still fails the same way.
    /// </summary>
    public IEnumerable<FuzzInput> Simpler(FuzzInput input)
    {
        foreach (var (key, value) in input.Parameters)
        {
            var part = Fuzzed(operation, parts).First(p => Key(p.Parameter) == key);
            if (!part.Parameter.Required) yield return input with { Parameters = input.Parameters.Remove(key) };
            foreach (var smaller in Smaller(value)) yield return input with { Parameters = input.Parameters.SetItem(key, smaller) };
        }

        if (input.Body is not null)
        {
            foreach (var smaller in Smaller(input.Body)) yield return input with { Body = smaller };
        }
    }

    /// <summary>The parameters a fuzz input may set: every documented one but the resource's id (the profile's fixture goes there).</summary>
    internal static IEnumerable<ParameterPart> Fuzzed(ApiOperation operation, RequestParts parts)
    {
        var resource = operation.Semantics.Resource;
        var probeId = operation.Probe?.IdParameter;
        return parts.Parameters.Where(part =>
        {
            var p = part.Parameter;
            var marked = (resource is { } r && r.In == p.In && r.Name == p.Name) || (probeId == p.Name && p.In == "path");
            return !marked;
        });
    }

    internal static string Key(ApiParameter parameter) => $"{parameter.In}:{parameter.Name}";

    private static void Judge(Shape shape, JsonNode? value, string where, ref string? why, ref bool strict, ref bool formatOnly)
    {
        if (shape.Accepts(value)) return;
        var structural = shape.Sources.Any(s => !shape.Document.Validate(s, value, assertFormats: false).IsValid);
        if (structural) strict = true;
        else formatOnly = true;
        why ??= $"{where}: {shape.Why(value)}";
    }

    /// <summary>Each direct simplification of a value, and of each value inside it.</summary>
    private static IEnumerable<JsonNode?> Smaller(JsonNode? value)
    {
        switch (value)
        {
            case JsonObject obj:
                foreach (var (name, _) in obj.ToList())
                {
                    var copy = (JsonObject)obj.DeepClone();
                    copy.Remove(name);
                    yield return copy;
                }

                foreach (var (name, child) in obj.ToList())
                {
                    foreach (var smaller in Smaller(child))
                    {
                        var copy = (JsonObject)obj.DeepClone();
                        copy[name] = smaller?.DeepClone();
                        yield return copy;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var copy = (JsonArray)array.DeepClone();
                    copy.RemoveAt(i);
                    yield return copy;
                }

                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var smaller in Smaller(array[i]))
                    {
                        var copy = (JsonArray)array.DeepClone();
                        copy[i] = smaller?.DeepClone();
                        yield return copy;
                    }
                }

                break;
            case JsonValue v when v.TryGetValue<string>(out var s):
                foreach (var text in SmallerStrings(s)) yield return JsonValue.Create(text);
                break;
            case JsonValue v when v.TryGetValue<decimal>(out var d) && d != 0:
                yield return JsonValue.Create(0);
                if (Math.Abs(d) >= 2) yield return JsonValue.Create(Math.Truncate(d / 2));
                if (d != Math.Truncate(d)) yield return JsonValue.Create(Math.Truncate(d));
                break;
            case JsonValue v when v.TryGetValue<bool>(out var b) && b:
                yield return JsonValue.Create(false);
                break;
        }
    }

    private static IEnumerable<string> SmallerStrings(string s)
    {
        if (s.Length == 0) yield break;
        yield return "";
        if (s.Length > 1)
        {
            yield return s[..(s.Length / 2)];
            yield return s[(s.Length / 2)..];
        }

        for (var i = 0; i < s.Length && i < 64; i++)
        {
            if (s.Length > 1) yield return s.Remove(i, 1);
        }

        for (var i = 0; i < s.Length && i < 64; i++)
        {
            if (s[i] != 'a' && !char.IsSurrogate(s[i])) yield return string.Concat(s.AsSpan(0, i), "a", s.AsSpan(i + 1));
        }
    }

    /// <summary>The fixture marker where the resource's id goes in the body (the generated value is only for the validator).</summary>
    private JsonNode? Marked(JsonNode? body)
    {
        var copy = body?.DeepClone();
        if (operation.Semantics.Resource is { In: "body" } resource && copy is JsonObject obj && obj.ContainsKey(resource.Name)
            && parts.Body is JsonObject sample && JsonNode.DeepEquals(obj[resource.Name], sample[resource.Name]))
        {
            obj[resource.Name] = RequestTemplate.FixtureMarker;
        }

        return copy;
    }

    private static RequestTemplate Without(RequestTemplate template, ApiParameter p) => p.In switch
    {
        "query" => template with { Query = template.Query.Where(q => q.Key != p.Name && !q.Key.StartsWith(p.Name + "[", StringComparison.Ordinal)).ToList() },
        "header" => template with { Headers = Drop(template.Headers, p.Name, StringComparer.OrdinalIgnoreCase) },
        "cookie" => template with { Cookies = Drop(template.Cookies, p.Name, StringComparer.Ordinal) },
        _ => template,
    };

    private static RequestTemplate With(RequestTemplate template, ApiParameter p, JsonNode? value) => p.In switch
    {
        "path" => template with { PathParameters = new Dictionary<string, string>(template.PathParameters) { [p.Name] = WireFormat.Single(value) } },
        "query" => Without(template, p) with { Query = [.. Without(template, p).Query, .. WireFormat.Query(p, value)] },
        "header" => template with { Headers = new Dictionary<string, string>(template.Headers, StringComparer.OrdinalIgnoreCase) { [p.Name] = WireFormat.Single(value) } },
        "cookie" => template with { Cookies = new Dictionary<string, string>(template.Cookies) { [p.Name] = WireFormat.Single(value) } },
        _ => template,
    };

    private static Dictionary<string, string> Drop(IReadOnlyDictionary<string, string> source, string name, StringComparer comparer)
    {
        var copy = new Dictionary<string, string>(source, comparer);
        copy.Remove(name);
        return copy;
    }

    /// <summary>An empty parameter set, ordered by key so that inputs print and compare the same every run.</summary>
    internal static ImmutableSortedDictionary<string, JsonNode?> NoParameters { get; } = ImmutableSortedDictionary.Create<string, JsonNode?>(StringComparer.Ordinal);
}
