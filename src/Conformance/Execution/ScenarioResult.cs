using Conformance.Checks;
using Conformance.Http;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;

namespace Conformance.Execution;

/// <summary>A scenario as run: its verdict, every check outcome and every exchange (redacted).</summary>
public sealed record ScenarioResult(
    Scenario Scenario,
    Verdict Verdict,
    IReadOnlyList<CheckOutcome> Outcomes,
    IReadOnlyList<Exchange> Exchanges,
    string? SkipReason,
    DateTimeOffset StartedAt,
    TimeSpan Duration)
{
    public IEnumerable<CheckOutcome> Failures => Outcomes.Where(o => o.Status == CheckStatus.Fail);

    /// <summary>The failures that decide the verdict: MUST ones for FAIL, else SHOULD ones for WARN.</summary>
    public IEnumerable<CheckOutcome> Decisive => Failures.Where(f => f.Level == (Verdict == Verdict.Fail ? RequirementLevel.Must : RequirementLevel.Should));

    /// <summary>The exchange to reproduce: the one the first failure points at, else the stimulus.</summary>
    public Exchange? Evidence =>
        Failures.FirstOrDefault()?.ExchangeIndex is { } i && i < Exchanges.Count ? Exchanges[i]
        : Exchanges.LastOrDefault(e => e.Label.StartsWith("stimulus", StringComparison.Ordinal)) ?? Exchanges.LastOrDefault();
}
