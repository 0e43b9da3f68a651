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
    private readonly string? contract;

    /// <summary>
    /// The contract id (<c>x-conformance.contract</c>, default the vendor): first part of every
    /// requirement and scenario id, the key of the run's sessions and of report grouping. Two
    /// documents of the same vendor (the current and the legacy Dfns API) are two contracts; the
    /// profile stays keyed by <see cref="Vendor"/>.
    /// </summary>
    public string Contract
    {
        get => contract ?? Vendor;
        init => contract = string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>Whether the spec carries any of our vocabulary (else: generic mode).</summary>
    public bool HasVocabulary => Root.ContainsKey("x-conformance");

    public ApiOperation? FindOperation(string operationIdOrSlug) =>
        Operations.FirstOrDefault(o => o.OperationId == operationIdOrSlug || o.Slug == operationIdOrSlug);
}
