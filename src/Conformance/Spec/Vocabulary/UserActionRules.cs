namespace Conformance.Spec.Vocabulary;

/// <summary>One-time signed-request token rules (<c>x-user-action</c>).</summary>
/// <param name="InitOperation">operationId of the challenge request.</param>
/// <param name="CompleteOperation">operationId that returns the token.</param>
/// <param name="Binds">What the token is bound to: <c>method</c>, <c>path</c>, <c>payload</c>.</param>
/// <param name="OneTime">Whether a token may be used once only.</param>
public sealed record UserActionRules(string InitOperation, string CompleteOperation, IReadOnlyList<string> Binds, bool OneTime);
