using Conformance.Checks;
using Conformance.Execution;
using Conformance.Http;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;

namespace Conformance.Reporting;

/// <summary>
/// One broken requirement of one scenario, flattened for printing: the requirement with its
/// source and quote, expected, actual and the curl line of the exchange that shows it.
/// </summary>
/// <param name="Source">Where the requirement comes from; null for a check the spec does not name.</param>
internal sealed record FailureDetail(
    ScenarioResult Result,
    string Check,
    string Title,
    string RequirementId,
    RequirementLevel Level,
    string? Source,
    string? Quote,
    string Expected,
    string Actual,
    Exchange? Evidence)
{
    /// <summary>What the requirement rests on (documented, specified, standard, decision, convention).</summary>
    public EvidenceBasis? Basis { get; init; }

    /// <summary>The seed file with the same text, a second reference beside <see cref="Source"/>.</summary>
    public string? Seed { get; init; }

    public Scenario Scenario => Result.Scenario;

    public string? Curl => Evidence is null ? null : ReadableCurl.From(Evidence);

    /// <summary>Why the curl line alone may not reproduce the failure (a one-time token spent, a credential redacted); null when it can.</summary>
    public string? CurlNote => Evidence is null ? null : ReplayNote.For(Evidence.Request);

    /// <summary>The command that reruns exactly this scenario against the same target (<see cref="Reproduction"/>); null when unknown.</summary>
    public string? Rerun { get; init; }

    /// <summary>Whether no response came for the evidence (Allure's "broken", JUnit's error).</summary>
    public bool IsTransportError => Evidence?.TransportError is not null;

    /// <summary>One line, <c>[MUST] id → expected X → actual Y</c>, for JUnit's message attribute.</summary>
    public string Line =>
        $"[{ReportText.LevelAndBasis(Level, Basis)}] {RequirementId} → expected {ReportText.OneLine(Expected)} → actual {ReportText.OneLine(Actual)}";

    /// <summary>The requirement, then Expected and Actual, each on its own line (h2spec's layout).</summary>
    public string Block =>
        $"[{ReportText.LevelAndBasis(Level, Basis)}] {RequirementId}{(Quote is null ? "" : $": {Quote}")}\nExpected: {Expected}\n  Actual: {Actual}";

    /// <summary>Every failed check of a scenario; a FAIL or WARN with none still yields one line.</summary>
    /// <param name="info">The run's info, for the rerun command (<see cref="Rerun"/>); null leaves it out.</param>
    /// <param name="repositoryRoot">Where paths in the rerun command are shown from (default: the repository of the suite).</param>
    public static IReadOnlyList<FailureDetail> Of(ScenarioResult result, RunInfo? info = null, string? repositoryRoot = null)
    {
        var rerun = info is null ? null : Reproduction.Command(info, result, repositoryRoot);
        var details = result.Failures.Select(outcome => From(result, outcome) with { Rerun = rerun }).ToList();
        if (details.Count == 0 && result.Verdict is Verdict.Fail or Verdict.Warn)
        {
            var requirement = result.Scenario.Requirement;
            var evidence = result.Evidence;
            details.Add(new FailureDetail(
                result, "scenario", result.Scenario.Stimulus, requirement.Id, requirement.Level, requirement.Source, requirement.Quote,
                requirement.Expect is null ? "(not stated)" : Describe(requirement.Expect),
                evidence?.TransportError ?? Describe(evidence), evidence)
            {
                Basis = requirement.Basis,
                Seed = requirement.Seed,
                Rerun = rerun,
            });
        }

        return details;
    }

    /// <summary>The failures of a whole run, worst first (FAIL scenarios, then WARN), in run order.</summary>
    public static IReadOnlyList<FailureDetail> Of(RunResult run, string? repositoryRoot = null) =>
        run.Scenarios
            .Where(s => s.Verdict != Verdict.Skip)
            .OrderBy(s => s.Verdict == Verdict.Fail ? 0 : s.Verdict == Verdict.Warn ? 1 : 2)
            .SelectMany(s => Of(s, run.Info, repositoryRoot))
            .ToList();

    private static FailureDetail From(ScenarioResult result, CheckOutcome outcome)
    {
        var requirement = outcome.Requirement ?? Find(result.Scenario, outcome.RequirementId);
        var evidence = outcome.ExchangeIndex is { } i && i >= 0 && i < result.Exchanges.Count ? result.Exchanges[i] : result.Evidence;
        return new FailureDetail(
            result, outcome.Check, outcome.Title, outcome.RequirementId, outcome.Level, requirement?.Source, requirement?.Quote,
            outcome.Expected ?? "(not stated)",
            outcome.Actual ?? evidence?.TransportError ?? Describe(evidence),
            evidence)
        {
            Basis = requirement?.Basis,
            Seed = requirement?.Seed,
        };
    }

    /// <summary>The requirement an outcome names: the scenario's own, else one of its operation's.</summary>
    private static ResolvedRequirement? Find(Scenario scenario, string requirementId)
    {
        if (scenario.Requirement.Id == requirementId) return scenario.Requirement;
        if (scenario.Secondary.FirstOrDefault(r => r.Id == requirementId) is { } secondary) return secondary;
        return scenario.Operation.Requirements
            .Select(r => ResolvedRequirement.For(scenario.Contract, scenario.Operation.Slug, r))
            .FirstOrDefault(r => r.Id == requirementId);
    }

    private static string Describe(Expectation expect) =>
        expect.Message is null ? $"status {expect.Status}" : $"status {expect.Status}, message \"{expect.Message}\"";

    private static string Describe(Exchange? exchange) =>
        exchange?.Response is { } response ? $"{response.Status} {response.ContentType}".TrimEnd() : "(no response recorded)";
}
