using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Scenarios;

/// <summary>
/// Finds the requirement for a key on an operation: the operation's own <c>x-requirements</c>,
/// then those of its security schemes, then the document's, then the generic default. Keys may
/// be exact (<c>nonce/replay-rejected</c>) or fall back to their class default.
/// </summary>
internal sealed class RequirementResolver(ApiDocument document)
{
    public ResolvedRequirement? Resolve(ApiOperation operation, string key, Expectation? fallbackExpect = null, string? scheme = null)
    {
        var declared = operation.Requirements.FirstOrDefault(r => r.Key == key)
            ?? (scheme is null ? null : document.SecuritySchemes.GetValueOrDefault(scheme)?.Requirements.FirstOrDefault(r => r.Key == key))
            ?? operation.PrimarySecurity.Select(s => document.SecuritySchemes.GetValueOrDefault(s))
                .SelectMany(s => s?.Requirements ?? []).FirstOrDefault(r => r.Key == key)
            ?? document.Requirements.FirstOrDefault(r => r.Key == key);
        var found = declared ?? GenericRequirements.For(document, operation, key, scheme);
        if (found is null && fallbackExpect is not null)
        {
            // Only the spec's own x-conformance states it, citing no document: our decision, at most SHOULD.
            found = StatedBySpec(operation, key, "Stated by the operation's x-conformance extension, which cites no document; we expected this answer.", fallbackExpect);
        }

        if (found is null) return null;

        // An expectation stated next to the semantics (x-conformance) wins over a generic default's,
        // and fills in a spec requirement that states none.
        if (fallbackExpect is not null && (found.Expect is null || declared is null)) found = found with { Expect = fallbackExpect };
        return ResolvedRequirement.For(document.Contract, operation.Slug, found);
    }

    public ResolvedRequirement Require(ApiOperation operation, string key, Expectation? fallbackExpect = null, string? scheme = null) =>
        Resolve(operation, key, fallbackExpect, scheme)
        ?? ResolvedRequirement.For(document.Contract, operation.Slug, StatedBySpec(operation, key, "Stated by the spec, which cites no document for it.", fallbackExpect));

    private Requirement StatedBySpec(ApiOperation operation, string key, string quote, Expectation? expect) =>
        new(key, RequirementLevel.Should, $"{document.SourcePath}#{operation.Pointer}", quote, expect) { Basis = EvidenceBasis.Decision };
}
