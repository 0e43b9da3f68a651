using System.Text.Json.Nodes;
using Conformance.Spec.Vocabulary;

namespace Conformance.Spec;

/// <summary>
/// A loaded spec: its operations, security schemes and document-level vocabulary, plus the
/// located problems of the parts that could not be read.
/// </summary>
/// <param name="Vendor">The requirement-id prefix (<c>x-conformance.vendor</c>), or a slug of the title.</param>
/// <param name="ErrorMessageField">Dotted path of the human message in an error body.</param>
/// <param name="Root">The whole document as JSON, for pointers and diffing.</param>
public sealed record ApiDocument(
    string SourcePath,
    string OpenApiVersion,
    string Title,
    string Version,
    string Vendor,
    string? ErrorMessageField,
    string? UnknownId,
    IReadOnlyList<ApiOperation> Operations,
    IReadOnlyDictionary<string, ApiSecurityScheme> SecuritySchemes,
    IReadOnlyList<Requirement> Requirements,
    EnvelopeRules? Envelope,
    IReadOnlyList<SpecDecision> Decisions,
    IReadOnlyList<SpecProblem> Problems,
    JsonObject Root)
{
    /// <summary>Whether the spec carries any of our vocabulary (else: generic mode).</summary>
    public bool HasVocabulary => Root.ContainsKey("x-conformance");

    public ApiOperation? FindOperation(string operationIdOrSlug) =>
        Operations.FirstOrDefault(o => o.OperationId == operationIdOrSlug || o.Slug == operationIdOrSlug);
}
