using Conformance.Checks;
using Conformance.Http;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Execution;

/// <summary>
/// Reads what the answer of a state-changing operation says about its resource, from the
/// operation's documented outcomes (<c>x-conformance.outcomes</c>): e.g. senhasegura's
/// "1043: Credential is already activated!" says the credential was, and is, active.
/// </summary>
internal static class AnswerEvidence
{
    /// <summary>The outcome the answer matches, or null (no answer, or one the spec maps to no state).</summary>
    public static StateOutcome? Match(ApiDocument document, ApiOperation operation, Exchange? answer)
    {
        if (answer?.Status is not { } status) return null;
        foreach (var outcome in operation.Semantics.Outcomes)
        {
            if (outcome.Status != status) continue;
            if (outcome.Message is null && outcome.MessagePrefix is null) return outcome;
            var field = outcome.Field ?? document.ErrorMessageField;
            var text = field is null ? null : JsonPath.Text(answer.Json, field);
            if (text is null) continue;
            if (outcome.Message is not null && text != outcome.Message) continue;
            if (outcome.MessagePrefix is not null && !text.StartsWith(outcome.MessagePrefix, StringComparison.Ordinal)) continue;
            return outcome;
        }

        return null;
    }

    /// <summary>The state after the answer, as evidence (null when the answer maps to no state).</summary>
    public static StateReading? After(ApiOperation operation, StateOutcome? outcome) =>
        outcome is null ? null : new StateReading(outcome.State, outcome.Documented, $"{operation.Slug} answered {outcome} ({EvidenceBases.Word(outcome.Basis)})");

    /// <summary>The state just before the request, when the answer implies it.</summary>
    public static StateReading? Before(ApiOperation operation, StateOutcome? outcome) =>
        outcome?.Was is not { } was ? null : new StateReading(was, outcome.Documented, $"{operation.Slug} answered {outcome} ({EvidenceBases.Word(outcome.Basis)}), so it was {was} just before");
}
