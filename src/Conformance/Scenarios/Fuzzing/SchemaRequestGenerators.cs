using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Conformance.Auth;
using Conformance.Scenarios.Generators;
using Conformance.Scenarios.Schemas;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;
using CsCheck;

namespace Conformance.Scenarios.Fuzzing;

/// <summary>
/// The request generators from the operation's schemas (<see cref="ShapeGens"/>): a valid input
/// generates every fuzzed parameter (the optional ones sometimes) and the body; an invalid one
/// takes a valid input and breaks one place in it — a parameter or property replaced by a value
/// of any type, left out, or an unknown property added — at any depth; an auth-broken one is a
/// valid input with one credential-carrying scheme left out or forged. The resource's id keeps
/// the profile's fixture. Which is which is the validator's call (<see cref="FuzzModel.Build"/>).
/// </summary>
internal sealed class SchemaRequestGenerators(ApiDocument document) : IRequestGenerators
{
    private const string ExtraProperty = "conformanceFuzz";

    public (FuzzModel? Model, string? Reason) For(ApiOperation operation, RequestTemplate valid, bool refusalsOnly)
    {
        if (AuthFlowSteps.Of(document, operation) is { IsToken: true }) return (null, "the token endpoint is called with the profile's own client only");
        if (valid.GenerationProblem is { } problem) return (null, problem);
        var parts = RequestParts.For(operation);
        var parameters = FuzzModel.Fuzzed(operation, parts).Where(p => p.Shape is not null).ToList();
        var body = parts.Media is not null && parts.BodyShape is { } shape && (parts.Media.IsJson || parts.Media.IsForm || parts.Media.IsMultipart) ? shape : null;
        var schemes = operation.PrimarySecurity
            .Where(s => document.SecuritySchemes.GetValueOrDefault(s)?.Auth.Kind is AuthKind.Bearer or AuthKind.StaticHeader or AuthKind.OAuth2ClientCredentials or AuthKind.Basic)
            .ToList();
        if (parameters.Count == 0 && body is null && schemes.Count == 0) return (null, "the operation has no parameter, body or credential to generate");

        var validInput = ValidInputs(operation, parts, parameters, body);
        var options = new List<(int, IGen<FuzzInput>)>();
        if (!refusalsOnly && (parameters.Count > 0 || body is not null)) options.Add((3, validInput));
        if (parameters.Count > 0 || body is not null) options.Add((3, Invalid(validInput, parameters, body)));
        if (schemes.Count > 0)
        {
            options.Add((1, Gen.Select(validInput, Gen.Int[0, (2 * schemes.Count) - 1],
                (input, pick) => input with { AuthBreak = $"{(pick % 2 == 0 ? "omit" : "forge")}:{schemes[pick / 2]}" })));
        }

        return (new FuzzModel(operation, valid, parts, Gen.Frequency(options.ToArray())), null);
    }

    private static Gen<FuzzInput> ValidInputs(ApiOperation operation, RequestParts parts, List<ParameterPart> parameters, Shape? body)
    {
        var start = Gen.Int[0, 0].Select(_ => FuzzModel.NoParameters);
        var withParameters = parameters.Aggregate(start, (acc, part) =>
        {
            var key = FuzzModel.Key(part.Parameter);
            var value = ShapeGens.For(part.Shape!);
            return part.Parameter.Required
                ? Gen.Select(acc, value, (set, v) => set.SetItem(key, v))
                : Gen.Select(acc, Gen.Bool, value, (set, sent, v) => sent ? set.SetItem(key, v) : set);
        });
        var bodies = body is null ? ShapeGens.Fixed(parts.Body) : ShapeGens.For(body).Select(b => WithResource(operation, parts, b));
        return Gen.Select(withParameters, bodies, (set, b) => new FuzzInput(b, set, null));
    }

    /// <summary>The resource's id as in the valid sample (it is sent as the fixture's id).</summary>
    private static JsonNode? WithResource(ApiOperation operation, RequestParts parts, JsonNode? body)
    {
        if (operation.Semantics.Resource is { In: "body" } resource && body is JsonObject obj && parts.Body is JsonObject sample && sample.ContainsKey(resource.Name))
        {
            obj[resource.Name] = sample[resource.Name]?.DeepClone();
        }

        return body;
    }

    private static Gen<FuzzInput> Invalid(Gen<FuzzInput> valid, List<ParameterPart> parameters, Shape? body) =>
        Gen.Select(valid, Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 2], ShapeGens.Junk, (input, where, path, how, junk) =>
        {
            var places = parameters.Count + (body is null ? 0 : 1);
            var place = where % places;
            if (place < parameters.Count)
            {
                var key = FuzzModel.Key(parameters[place].Parameter);
                return how == 1 ? input with { Parameters = input.Parameters.Remove(key) } : input with { Parameters = input.Parameters.SetItem(key, junk) };
            }

            return input with { Body = Break(input.Body, path, how, junk) };
        });

    /// <summary>The value with one place broken: replaced by <paramref name="junk"/>, left out, or given an unknown property.</summary>
    private static JsonNode? Break(JsonNode? value, int pick, int how, JsonNode? junk)
    {
        var places = new List<(JsonNode? Parent, string? Name, int Index)> { (null, null, -1) };
        Collect(value, places, 0);
        var (parent, name, index) = places[pick % places.Count];
        var copyRoot = value?.DeepClone();
        var target = parent is null ? null : Locate(value, copyRoot, parent);
        if (target is null)
        {
            if (how == 2 && copyRoot is JsonObject root)
            {
                root[ExtraProperty] = junk?.DeepClone();
                return root;
            }

            return junk?.DeepClone();
        }

        switch (target)
        {
            case JsonObject obj when name is not null:
                if (how == 1) obj.Remove(name);
                else if (how == 2 && obj[name] is JsonObject inner) inner[ExtraProperty] = junk?.DeepClone();
                else obj[name] = junk?.DeepClone();
                break;
            case JsonArray array when index >= 0 && index < array.Count:
                if (how == 1) array.RemoveAt(index);
                else array[index] = junk?.DeepClone();
                break;
        }

        return copyRoot;
    }

    private static void Collect(JsonNode? node, List<(JsonNode? Parent, string? Name, int Index)> places, int depth)
    {
        if (depth > 4) return;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    places.Add((obj, name, -1));
                    Collect(child, places, depth + 1);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    places.Add((array, null, i));
                    Collect(array[i], places, depth + 1);
                }

                break;
        }
    }

    /// <summary>The node of <paramref name="copy"/> at the place <paramref name="original"/> has <paramref name="node"/>.</summary>
    private static JsonNode? Locate(JsonNode? original, JsonNode? copy, JsonNode node)
    {
        if (ReferenceEquals(original, node)) return copy;
        switch (original)
        {
            case JsonObject obj when copy is JsonObject c:
                foreach (var (name, child) in obj)
                {
                    if (Locate(child, c[name], node) is { } found) return found;
                }

                break;
            case JsonArray array when copy is JsonArray c:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Locate(array[i], c[i], node) is { } found) return found;
                }

                break;
        }

        return null;
    }
}
