namespace Conformance.Spec.Vocabulary;

/// <summary>
/// What applying an operation to a resource already in its target state returns
/// (<c>x-conformance.repeat</c>): Dfns answers 200 and does nothing; senhasegura answers 400 1043.
/// </summary>
public sealed record RepeatRule(Expectation Expect, bool StateUnchanged);
