using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;

namespace Conformance.Checks;

/// <summary>
/// Of a burst of requests sharing one nonce, exactly one is accepted and every other refused
/// as a replay: a store that checks then inserts without atomicity lets several through.
/// </summary>
internal sealed class ExactlyOneAcceptedCheck : ICheck
{
    public string Name => CheckNames.ExactlyOneAccepted;

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        var requirement = context.Scenario.Requirement;
        var statuses = context.Evidence.Stimuli.Select(s => s.Exchange.Status).ToList();
        if (statuses.Count == 0)
        {
            yield return Outcomes.Skip(Name, requirement, "no request of the burst was sent");
            yield break;
        }

        var refused = requirement.Expect?.Status ?? StatusMatcher.OfClass(4);
        var accepted = statuses.Count(s => s is >= 200 and < 300);

        // Two accepted, or an answer that is neither acceptance nor the documented refusal, fails
        // whatever the rest did; otherwise an unanswered or throttled request might have been the
        // one accepted (or the second): the burst cannot tell.
        var wrong = context.Evidence.Stimuli.Any(s => Throttling.Undecidable(s.Exchange) is null && s.Exchange.Status is { } v && v is not (>= 200 and < 300) && !refused.Matches(v));
        if (accepted < 2 && !wrong && context.Evidence.Stimuli.Select(s => Throttling.Undecidable(s.Exchange)).FirstOrDefault(w => w is not null) is { } why)
        {
            yield return Outcomes.Inconclusive(Name, requirement, $"the burst cannot decide: {why}");
            yield break;
        }

        var others = statuses.Where(s => s is not (>= 200 and < 300)).ToList();
        var counts = string.Join(", ", statuses.GroupBy(s => s?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no response").Select(g => $"{g.Count()}× {g.Key}"));
        yield return accepted == 1 && others.All(s => s is { } v && refused.Matches(v))
            ? Outcomes.Pass(Name, requirement, $"exactly one of {statuses.Count} accepted")
            : Outcomes.Fail(Name, requirement, $"{accepted} of {statuses.Count} requests sharing one nonce were accepted",
                $"exactly 1 accepted, {statuses.Count - 1} refused with {refused}", counts);
    }
}
