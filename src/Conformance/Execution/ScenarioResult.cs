using Conformance.Checks;
using Conformance.Http;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;

namespace Conformance.Execution;

/// <summary>A scenario as run: its verdict, every check outcome and every exchange (redacted).</summary>
/// <param name="Reason">Why the scenario is SKIP or INCONCLUSIVE; null otherwise.</param>
public sealed record ScenarioResult(
    Scenario Scenario,
    Verdict Verdict,
    IReadOnlyList<CheckOutcome> Outcomes,
    IReadOnlyList<Exchange> Exchanges,
    string? Reason,
    DateTimeOffset StartedAt,
    TimeSpan Duration)
{
    /// <summary>The target the scenario ran against, in a run over several targets (<see cref="RunInfo.Targets"/>); null otherwise.</summary>
    public string? Target { get; init; }

    public IEnumerable<CheckOutcome> Failures => Outcomes.Where(o => o.Status == CheckStatus.Fail);

    /// <summary>The documentation gaps this scenario found (never the target's failure).</summary>
    public IEnumerable<CheckOutcome> Gaps => Outcomes.Where(o => o.Status == CheckStatus.Gap);

    /// <summary>
    /// The outcomes that decide the verdict: MUST failures for FAIL, the undecidable ones for
    /// INCONCLUSIVE, SHOULD failures for WARN.
    /// </summary>
    public IEnumerable<CheckOutcome> Decisive => Verdict switch
    {
        Verdict.Fail => Failures.Where(f => f.Level == RequirementLevel.Must),
        Verdict.Inconclusive => Outcomes.Where(o => o.Status == CheckStatus.Inconclusive),
        Verdict.Warn => Failures.Where(f => f.Level == RequirementLevel.Should),
        _ => [],
    };

    /// <summary>The exchange to reproduce: the one the first failure points at, else the stimulus.</summary>
    public Exchange? Evidence =>
        Failures.FirstOrDefault()?.ExchangeIndex is { } i && i < Exchanges.Count ? Exchanges[i]
        : Exchanges.LastOrDefault(e => e.Label.StartsWith("stimulus", StringComparison.Ordinal)) ?? Exchanges.LastOrDefault();
}
