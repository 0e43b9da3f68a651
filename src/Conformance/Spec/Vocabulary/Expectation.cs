namespace Conformance.Spec.Vocabulary;

/// <summary>
/// What a target must answer (the <c>expect</c> object of the vocabulary): a status, and
/// optionally the human message at the document's <c>error-message-field</c>.
/// </summary>
public sealed record Expectation(
    StatusMatcher Status,
    string? Message = null,
    string? MessagePrefix = null,
    RequirementLevel MessageLevel = RequirementLevel.Should);
