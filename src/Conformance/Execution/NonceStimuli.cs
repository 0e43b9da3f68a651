using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;

namespace Conformance.Execution;

/// <summary>
/// Makes the bad nonces a plan names by marker (stale, future, missing random, missing time) from
/// the spec's <c>x-nonce</c> rules and the run's <see cref="TimeProvider"/>. Each is bad under
/// every spelling the rules list: a stale nonce is stale in every time field, a nonce "without
/// its time" has no time field under any spelling (and its random value under all of them).
/// </summary>
internal static class NonceStimuli
{
    public static string? Resolve(string? value, NonceRules? rules, TimeProvider time)
    {
        if (value is null) return value;
        rules ??= Auth.NonceProvider.DefaultRules;
        var now = time.GetUtcNow();
        return value switch
        {
            NonceMarkers.Stale => Auth.NonceSource.Encode(rules, now.AddSeconds(-rules.StaleSeconds)),
            NonceMarkers.Future => Auth.NonceSource.Encode(rules, now.AddSeconds(rules.StaleSeconds)),
            NonceMarkers.MissingRandom => Auth.NonceSource.Encode(rules, now, withRandom: false),
            NonceMarkers.MissingTime => Auth.NonceSource.Encode(rules, now, withTime: false),
            _ => value,
        };
    }

    public static string Fresh(NonceRules rules, TimeProvider time) => Auth.NonceSource.Encode(rules, time.GetUtcNow());
}
