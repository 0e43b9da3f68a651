using Conformance.Scenarios;

namespace Conformance.Checks;

/// <summary>
/// The stimulus got the status the scenario's requirement expects (h2spec's Requirement); where
/// the source prefers a narrower status (RFC 6750's SHOULD 401 within "refused"), that is
/// compared too, at its own level. A stimulus that got no answer, or was throttled, proves
/// nothing either way: INCONCLUSIVE.
/// </summary>
internal sealed class ExpectedStatusCheck : ICheck
{
    public string Name => CheckNames.ExpectedStatus;

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        var requirement = context.Scenario.Requirement;
        if (requirement.Expect is not { } expect)
        {
            yield return Outcomes.Skip(Name, requirement, "the requirement states no expected status");
            yield break;
        }

        if (!context.Evidence.Stimuli.Any())
        {
            yield return Outcomes.Inconclusive(Name, requirement, $"{context.Scenario.Stimulus}: the stimulus was never sent (a setup step failed or was refused)",
                $"status {expect.Status}", "no stimulus was recorded");
            yield break;
        }

        foreach (var (exchange, index) in context.Evidence.Stimuli)
        {
            if (Throttling.Undecidable(exchange) is { } reason)
            {
                yield return Outcomes.Inconclusive(Name, requirement, reason, $"status {expect.Status}", Outcomes.Describe(exchange), index);
                continue;
            }

            var status = exchange.Status!.Value;
            if (!expect.Status.Matches(status))
            {
                yield return Outcomes.Fail(Name, requirement, $"{context.Scenario.Stimulus}: unexpected answer",
                    $"status {expect.Status}", Outcomes.Describe(exchange), index);
                continue;
            }

            yield return Outcomes.Pass(Name, requirement, $"answered {status}");
            if (expect.PreferredStatus is { } preferred && !preferred.Matches(status))
            {
                yield return Outcomes.Fail(Name, Preference(requirement, expect), $"{context.Scenario.Stimulus}: refused, but not with the preferred status",
                    $"status {preferred}", Outcomes.Describe(exchange), index);
            }
        }
    }

    // The preference is judged at its own level and cites its own source when it has one
    // (RFC 6750's SHOULD 401 is not the vendor's declared security that makes the refusal a MUST).
    private static ResolvedRequirement Preference(ResolvedRequirement requirement, Spec.Vocabulary.Expectation expect) =>
        expect.PreferredSource is { } source
            ? requirement with { Level = expect.PreferredLevel, Source = source, Quote = expect.PreferredQuote ?? requirement.Quote, Basis = expect.PreferredBasis ?? requirement.Basis, Seed = null }
            : requirement with { Level = expect.PreferredLevel };
}
