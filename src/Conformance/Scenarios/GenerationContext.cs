using System.Text.Json.Nodes;
using Conformance.Auth;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Scenarios;

/// <summary>What every generator needs: the document, requirement lookup, and request templates.</summary>
internal sealed class GenerationContext(ApiDocument document, GeneratorOptions options)
{
    public ApiDocument Document { get; } = document;

    public GeneratorOptions Options { get; } = options;

    public RequirementResolver Requirements { get; } = new(document);

    public string Id(ApiOperation operation, string @class, string variant) => $"{Document.Vendor}.{operation.Slug}/{@class}/{variant}";

    public Scenario Make(ApiOperation operation, string @class, string variant, string stimulus, ResolvedRequirement requirement, ScenarioPlan plan, FixtureNeed? fixture, params string[] extraChecks) =>
        new(Id(operation, @class, variant), Document.Vendor, operation, @class, variant, stimulus, requirement,
            [CheckNames.ExpectedStatus, CheckNames.ExpectedMessage, .. CheckNames.ResponseChecks, .. extraChecks], plan, fixture?.Kind);

    /// <summary>The fixture kind an operation reads or changes, if any.</summary>
    public string? FixtureKind(ApiOperation operation) => operation.Semantics.Resource?.Kind ?? (operation.Probe?.IdParameter is not null ? operation.Probe.Kind : null);

    /// <summary>The state a fixture must start in so that the operation visibly changes it.</summary>
    public string? FromState(ApiOperation operation)
    {
        if (operation.Semantics.EffectState is not { } effect || operation.Semantics.Resource is not { } resource) return null;
        return ProbeFor(resource.Kind)?.Probe?.States.Select(s => s.Name).FirstOrDefault(s => s != effect);
    }

    /// <summary>The operation's (first-alternative) security scheme filled by <paramref name="kind"/>, if any.</summary>
    public ApiSecurityScheme? SchemeOf(ApiOperation operation, AuthKind kind) =>
        operation.PrimarySecurity.Select(s => Document.SecuritySchemes.GetValueOrDefault(s)).FirstOrDefault(s => s?.Auth.Kind == kind);

    /// <summary>
    /// A valid request with one thing broken by <paramref name="auth"/>, that must be refused: it
    /// acts on a fixture in the state the operation would change, and must leave it unchanged.
    /// </summary>
    /// <param name="deniedTo">For a permission scenario: the identity the fixture must be out of reach of.</param>
    public Scenario Refused(ApiOperation operation, string @class, string key, string variant, string stimulus, AuthPlan auth, string? scheme = null, Expectation? expect = null, string? deniedTo = null)
    {
        var fixture = GuardFixture(operation) is { } guard && deniedTo is not null ? guard with { DeniedTo = deniedTo } : GuardFixture(operation);
        return Make(operation, @class, variant, stimulus, Requirements.Require(operation, key, expect, scheme),
            new Plans.SingleRequestPlan(ValidRequest(operation), auth, fixture), fixture,
            fixture?.StartState is null ? [] : [CheckNames.StateUnchanged]);
    }

    public ApiOperation? ProbeFor(string kind) => Document.Operations.FirstOrDefault(o => o.Probe?.Kind == kind);

    /// <summary>A fixture need for a request that should not change anything (start where it would show).</summary>
    public FixtureNeed? GuardFixture(ApiOperation operation) =>
        FixtureKind(operation) is { } kind ? new FixtureNeed(kind, FromState(operation)) : null;

    /// <summary>A valid request: documented example or schema sample, the fixture id where the resource goes.</summary>
    public RequestTemplate ValidRequest(ApiOperation operation)
    {
        var resource = operation.Semantics.Resource;
        var probeId = operation.Probe?.IdParameter;
        var path = new Dictionary<string, string>();
        foreach (var p in operation.Parameters.Where(p => p.In == "path"))
        {
            path[p.Name] = (resource is { In: "path" } && resource.Name == p.Name) || probeId == p.Name
                ? RequestTemplate.FixtureMarker
                : p.Schema is null ? "conformance" : Text(SampleValues.For(p.Schema));
        }

        var media = operation.RequestBody?.Json ?? operation.RequestBody?.Content.FirstOrDefault();
        JsonNode? body = null;
        if (media is not null)
        {
            body = media.Examples.FirstOrDefault()?.Value?.DeepClone() ?? (media.Schema is null ? null : SampleValues.For(media.Schema));
            if (resource is { In: "body" } && body is JsonObject obj) obj[resource.Name] = RequestTemplate.FixtureMarker;
        }

        return new RequestTemplate(operation.Method, path, media?.IsJson == true ? body : null, media is { IsJson: false } ? "" : null, media?.MediaType);
    }

    public string UnknownId(ApiOperation operation)
    {
        if (Document.UnknownId is { } configured) return configured;
        var name = operation.Semantics.Resource?.Name ?? operation.Probe?.IdParameter;
        var parameter = operation.Parameters.FirstOrDefault(p => p.Name == name);
        var numeric = parameter?.Schema?.ActualSchema.Type.HasFlag(NJsonSchema.JsonObjectType.Integer) == true;
        return numeric ? "987654321" : "conformance-unknown-00000000";
    }

    private static string Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString() ?? "";
}
