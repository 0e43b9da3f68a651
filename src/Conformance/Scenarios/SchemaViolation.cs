using System.Text.Json.Nodes;

namespace Conformance.Scenarios;

/// <summary>
/// One way to break a request's schema: a slug, a stimulus sentence, the broken request, and the
/// kind of constraint broken — the JSON Schema keyword (<c>required</c>, <c>type</c>,
/// <c>minLength</c>, <c>additionalProperties</c>, …) or <c>malformed-json</c> /
/// <c>content-type</c>. A spec may state a requirement per kind (<c>schema/required-rejected</c>)
/// where its documents say more about one kind than about the others.
/// </summary>
internal sealed record SchemaViolation(string Variant, string Stimulus, RequestTemplate Request, string Kind = "type")
{
    /// <summary>The requirement key for this kind, tried before <c>schema/invalid-rejected</c>.</summary>
    public string RequirementKey => $"schema/{Kind}-rejected";
}
