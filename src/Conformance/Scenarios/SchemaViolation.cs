using System.Text.Json.Nodes;

namespace Conformance.Scenarios;

/// <summary>One way to break a request's schema: a slug, a stimulus sentence, and the broken request.</summary>
internal sealed record SchemaViolation(string Variant, string Stimulus, RequestTemplate Request);
