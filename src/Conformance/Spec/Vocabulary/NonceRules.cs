namespace Conformance.Spec.Vocabulary;

/// <summary>Replay-protection header rules (<c>x-nonce</c> on an apiKey security scheme).</summary>
/// <param name="SendRandomField">Field name the suite emits for the random value.</param>
/// <param name="SendTimeField">Field name the suite emits for the request time.</param>
/// <param name="AcceptRandomFields">Spellings a server must take for the random value.</param>
/// <param name="AcceptTimeFields">Spellings a server must take for the time.</param>
/// <param name="WindowSeconds">The validity window the spec decided (documented or not).</param>
/// <param name="StaleSeconds">Age of the nonce the suite sends as the stale stimulus.</param>
public sealed record NonceRules(
    string Encoding,
    string SendRandomField,
    string SendTimeField,
    IReadOnlyList<string> AcceptRandomFields,
    IReadOnlyList<string> AcceptTimeFields,
    int WindowSeconds,
    int StaleSeconds);
