using System.Text.Json.Nodes;
using Conformance.Auth;
using Conformance.Scenarios.Schemas;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Scenarios;

/// <summary>What every generator needs: the document, requirement lookup, and request templates.</summary>
internal sealed class GenerationContext(ApiDocument document, GeneratorOptions options)
{
    public ApiDocument Document { get; } = document;

    public GeneratorOptions Options { get; } = options;

    public RequirementResolver Requirements { get; } = new(document);

    public string Id(ApiOperation operation, string @class, string variant) => $"{Document.Contract}.{operation.Slug}/{@class}/{variant}";

    public Scenario Make(ApiOperation operation, string @class, string variant, string stimulus, ResolvedRequirement requirement, ScenarioPlan plan, FixtureNeed? fixture, params string[] extraChecks) =>
        new(Id(operation, @class, variant), Document.Vendor, operation, @class, variant, stimulus, requirement,
            [CheckNames.ExpectedStatus, CheckNames.ExpectedMessage, .. CheckNames.ResponseChecks, .. extraChecks], plan, fixture?.Kind)
        {
            Contract = Document.Contract,
        };

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

    /// <summary>
    /// A valid request: every required parameter (path, query, header, cookie) and the body, from
    /// the documented example when it validates or else generated from the schemas; the fixture id
    /// where the resource goes. A request whose generated parts do not validate carries
    /// <see cref="RequestTemplate.GenerationProblem"/> and is never sent as valid.
    /// </summary>
    public RequestTemplate ValidRequest(ApiOperation operation)
    {
        var parts = RequestParts.For(operation);
        var resource = operation.Semantics.Resource;
        var probeId = operation.Probe?.IdParameter;
        var path = new Dictionary<string, string>();
        var query = new List<KeyValuePair<string, string>>();
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var cookies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts.Parameters)
        {
            var p = part.Parameter;
            var marked = (resource is { } r && r.In == p.In && r.Name == p.Name) || (probeId == p.Name && p.In == "path");
            if (!p.Required && !marked) continue;
            var text = marked ? RequestTemplate.FixtureMarker : WireFormat.Single(part.Valid);
            switch (p.In)
            {
                case "path":
                    path[p.Name] = text;
                    break;
                case "query":
                    query.AddRange(marked ? [new(p.Name, text)] : WireFormat.Query(p, part.Valid));
                    break;
                case "header":
                    headers[p.Name] = text;
                    break;
                case "cookie":
                    cookies[p.Name] = text;
                    break;
            }
        }

        var body = parts.Body?.DeepClone();
        if (resource is { In: "body" } && body is JsonObject obj) obj[resource.Name] = RequestTemplate.FixtureMarker;
        var (json, raw, contentType) = parts.Encode(body);
        if (parts.Media is not null && json is null && raw is null) raw = "";
        return new RequestTemplate(operation.Method, path, json, raw, contentType)
        {
            Query = query,
            Headers = headers,
            Cookies = cookies,
            GenerationProblem = parts.Problem,
        };
    }

    public string UnknownId(ApiOperation operation)
    {
        if (Document.UnknownId is { } configured) return configured;
        var name = operation.Semantics.Resource?.Name ?? operation.Probe?.IdParameter;
        var parameter = operation.Parameters.FirstOrDefault(p => p.Name == name);
        var numeric = parameter?.Schema is { } schema && ShapeReader.For(schema.Document).Read(schema).PreferredType() is "integer" or "number";
        return numeric ? "987654321" : "conformance-unknown-00000000";
    }
}
