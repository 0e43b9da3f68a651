using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;

namespace Conformance.Execution;

/// <summary>
/// Makes the clock-dependent bad nonces a plan names by marker (stale, future, missing random)
/// from the spec's <c>x-nonce</c> rules and the run's <see cref="TimeProvider"/>.
/// </summary>
internal static class NonceStimuli
{
    public static string? Resolve(string? value, NonceRules? rules, TimeProvider time)
    {
        if (value is null || rules is null) return value;
        var now = time.GetUtcNow();
        return value switch
        {
            NonceMarkers.Stale => Encode(rules, now.AddSeconds(-rules.StaleSeconds), withRandom: true),
            NonceMarkers.Future => Encode(rules, now.AddSeconds(rules.StaleSeconds), withRandom: true),
            NonceMarkers.MissingRandom => Encode(rules, now, withRandom: false),
            _ => value,
        };
    }

    public static string Fresh(NonceRules rules, TimeProvider time) => Encode(rules, time.GetUtcNow(), withRandom: true);

    private static string Encode(NonceRules rules, DateTimeOffset at, bool withRandom) => Auth.NonceSource.Encode(rules, at, withRandom);
}
