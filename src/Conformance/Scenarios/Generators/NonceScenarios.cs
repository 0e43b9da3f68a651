using Conformance.Auth;
using Conformance.Scenarios.Plans;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;
using Conformance.Spec;

namespace Conformance.Scenarios.Generators;

/// <summary>
/// Replay protection (<c>x-nonce</c>): a nonce missing, malformed, stale or from the future is
/// refused; a reused nonce is refused, sequentially and in a concurrent burst (exactly one of
/// the burst accepted), and the refused replay has no effect; and a nonce accepted on another
/// operation — another path, another method — is refused here too: the nonce is a "Random value
/// used to prevent replay attacks", not one scoped to a path.
/// </summary>
internal sealed class NonceScenarios : IScenarioGenerator
{
    public IEnumerable<Scenario> Generate(GenerationContext context, ApiOperation operation)
    {
        var scheme = context.SchemeOf(operation, AuthKind.Nonce);
        if (scheme?.Nonce is null || AuthFlowSteps.NeedsSignedBody(context.Document, operation)) yield break;
        var header = scheme.ParameterName ?? scheme.Name;
        var valid = context.ValidRequest(operation);
        var fixture = context.GuardFixture(operation);

        Scenario Bad(string key, string variant, string stimulus, AuthPlan auth) =>
            context.Refused(operation, ScenarioClasses.Nonce, key, variant, stimulus, auth, scheme.Name);

        yield return Bad("nonce/missing-rejected", "missing", $"omits the {header} header", AuthPlan.Valid with { Omit = new HashSet<string> { scheme.Name } });
        yield return Bad("nonce/malformed-rejected", "not-base64url", $"sends a {header} that is not base64url", AuthPlan.Valid with { Nonce = NonceMarkers.NotBase64Url });
        yield return Bad("nonce/malformed-rejected", "not-json", $"sends a {header} whose base64url content is not JSON", AuthPlan.Valid with { Nonce = NonceMarkers.NotJson });
        yield return Bad("nonce/malformed-rejected", "missing-time", $"sends a {header} without its time field", AuthPlan.Valid with { Nonce = NonceMarkers.MissingTime });
        yield return Bad("nonce/malformed-rejected", "missing-random", $"sends a {header} without its random field", AuthPlan.Valid with { Nonce = NonceMarkers.MissingRandom });
        yield return Bad("nonce/stale-rejected", "stale", $"sends a {header} dated {scheme.Nonce.StaleSeconds} s in the past", AuthPlan.Valid with { Nonce = NonceMarkers.Stale });
        yield return Bad("nonce/stale-rejected", "future", $"sends a {header} dated {scheme.Nonce.StaleSeconds} s in the future", AuthPlan.Valid with { Nonce = NonceMarkers.Future });

        // The effect of a refused replay shows only if the operation can be undone first.
        var inverse = operation.Semantics.Inverse;
        var observable = inverse is not null && fixture?.StartState is not null;
        var replayed = context.Make(operation, ScenarioClasses.Nonce, "replayed",
            inverse is null ? $"sends a request, then the same request with the same {header}" : $"applies the operation, undoes it with {inverse}, then replays it with the same {header}",
            context.Requirements.Require(operation, "nonce/replay-rejected", scheme: scheme.Name),
            new NonceReplayPlan(valid, inverse, fixture), fixture,
            observable ? [CheckNames.ReplayHadNoEffect] : []);
        yield return observable
            ? replayed with { Secondary = [context.Requirements.Require(operation, "nonce/replay-no-effect", scheme: scheme.Name)] }
            : replayed;

        foreach (var (variant, donor, how) in Donors(context, operation, scheme.Name))
        {
            yield return context.Make(operation, ScenarioClasses.Nonce, variant,
                $"sends a {header} first accepted on {donor.Method} {donor.Path} ({how})",
                context.Requirements.Require(operation, "nonce/replay-rejected", scheme: scheme.Name),
                new NonceCrossReplayPlan(donor.Slug, context.ValidRequest(donor), valid, fixture), fixture,
                fixture?.StartState is null ? [] : [CheckNames.StateUnchanged]);
        }

        // Judged by exactly_one_accepted alone: every request but one must be refused.
        var burstFixture = fixture is null ? null : fixture with { StartState = null };
        yield return context.Make(operation, ScenarioClasses.Nonce, "replayed-concurrently",
            $"sends {context.Options.ConcurrentBurst} valid requests sharing one {header} at the same time",
            context.Requirements.Require(operation, "nonce/concurrent-replay-one-accepted", scheme: scheme.Name),
            new ConcurrentReplayPlan(valid, context.Options.ConcurrentBurst, burstFixture), burstFixture) with
        { Checks = [.. CheckNames.ResponseChecks, CheckNames.ExactlyOneAccepted] };
    }

    /// <summary>
    /// Operations that can accept a nonce first without changing anything (no state change, no
    /// fixture, no signed body), on another path: one with another method, and one with the same
    /// method when there is one.
    /// </summary>
    private static IEnumerable<(string Variant, ApiOperation Donor, string How)> Donors(GenerationContext context, ApiOperation operation, string scheme)
    {
        var candidates = context.Document.Operations
            .Where(o => o.Path != operation.Path && o.PrimarySecurity.Contains(scheme) && !o.Semantics.ChangesState
                && !AuthFlowSteps.NeedsSignedBody(context.Document, o) && !context.ValidRequest(o).UsesFixture)
            .ToList();
        if (candidates.FirstOrDefault(o => o.Method != operation.Method) is { } otherMethod) yield return ("replayed-from-other-method", otherMethod, "another operation and method");
        if (candidates.FirstOrDefault(o => o.Method == operation.Method) is { } samePath) yield return ("replayed-from-other-path", samePath, "another operation, same method");
    }
}
