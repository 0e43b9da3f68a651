namespace Conformance.Auth;

/// <summary>
/// Builds nonce header values per the spec's <c>x-nonce</c> rules. Time comes from a
/// <see cref="TimeProvider"/> so window logic is testable with a fake clock.
/// </summary>
internal interface INonceSource
{
    string Fresh(Spec.Vocabulary.NonceRules rules);
}
