using Conformance.Diff.Rules;
using Conformance.Spec.Vocabulary;

namespace Conformance.Diff.Comparers;

/// <summary>
/// Compares document-level settings: the x-conformance fields, the OpenAPI version, the envelope
/// invariants and the document's requirements. Each change touches every operation.
/// </summary>
internal static class DocumentComparer
{
    public static void Compare(DiffContext context)
    {
        var old = context.Old;
        var @new = context.New;
        void Report(DiffRule rule, string? oldAt, string? newAt, string message, IReadOnlyList<string> keys, IReadOnlyList<ClientStep>? steps = null)
        {
            context.Report(rule, null, oldAt, newAt, message, keys, steps);
            context.Touched.TouchAll();
        }

        void Field(DiffRule rule, string name, string? before, string? after, IReadOnlyList<string> keys)
        {
            if (before == after) return;
            Report(rule, "/x-conformance", "/x-conformance", $"x-conformance.{name} '{before}' → '{after}'", keys);
        }

        Field(DocumentRules.ErrorMessageFieldChanged, "error-message-field", old.ErrorMessageField, @new.ErrorMessageField, RequirementKeys.ErrorMessage);
        Field(DocumentRules.VendorChanged, "vendor", old.Vendor, @new.Vendor, []);
        Field(DocumentRules.UnknownIdChanged, "unknown-id", old.UnknownId, @new.UnknownId, RequirementKeys.UnknownId);
        if (old.OpenApiVersion != @new.OpenApiVersion)
        {
            Report(DocumentRules.OpenApiVersionChanged, "/openapi", "/openapi", $"openapi {old.OpenApiVersion} → {@new.OpenApiVersion}", []);
        }

        CompareEnvelope(old.Envelope, @new.Envelope, (rule, oldAt, newAt, message, keys) => Report(rule, oldAt, newAt, message, keys));
        RequirementComparer.Compare(old.Requirements, @new.Requirements, "/x-requirements", "/x-requirements", "document", Report);
    }

    private static void CompareEnvelope(EnvelopeRules? old, EnvelopeRules? @new, Action<DiffRule, string?, string?, string, IReadOnlyList<string>> report)
    {
        if (old is not null && @new is not null && old.AppliesTo != @new.AppliesTo)
        {
            report(DocumentRules.EnvelopeChanged, "/x-envelope/applies-to", "/x-envelope/applies-to", $"x-envelope.applies-to '{old.AppliesTo}' → '{@new.AppliesTo}'", RequirementKeys.Envelope);
        }

        var before = (old?.Invariants ?? []).Select(i => i.ToString()).ToList();
        var after = (@new?.Invariants ?? []).Select(i => i.ToString()).ToList();
        foreach (var gone in before.Except(after))
        {
            report(DocumentRules.EnvelopeInvariantRemoved, $"/x-envelope/invariants/{before.IndexOf(gone)}", "/x-envelope", $"x-envelope invariant {gone} removed", RequirementKeys.Envelope);
        }

        foreach (var added in after.Except(before))
        {
            report(DocumentRules.EnvelopeInvariantAdded, "/x-envelope", $"/x-envelope/invariants/{after.IndexOf(added)}", $"x-envelope invariant {added} added", RequirementKeys.Envelope);
        }
    }
}
