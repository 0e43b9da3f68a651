using Conformance.Checks;
using Conformance.Spec.Vocabulary;

namespace Conformance.Execution;

/// <summary>
/// The one result model of a run. Every renderer (console, Allure, JUnit, summary JSON /
/// Markdown / HTML) reads this and nothing else.
/// </summary>
public sealed record RunResult(RunInfo Info, IReadOnlyList<ScenarioResult> Scenarios, IReadOnlyList<FixtureRestoreFailure> Unrestored)
{
    /// <summary>Per spec: the request constraints found and the violations generated (schema-negative coverage).</summary>
    public IReadOnlyList<Scenarios.ConstraintCoverage> Coverage { get; init; } = [];

    public int Count(Verdict verdict) => Scenarios.Count(s => s.Verdict == verdict);

    /// <summary>
    /// Why the run stopped before its end (a signal, the run budget, an unresponsive target), or
    /// null for a complete run. An incomplete run is never PASSED.
    /// </summary>
    public string? Incomplete { get; init; }

    /// <summary>Scenarios of the run that never started (the run stopped first).</summary>
    public int NotRun { get; init; }

    /// <summary>Fixtures found in another state than the profile declares, before anything was changed.</summary>
    public IReadOnlyList<FixtureDrift> Drift { get; init; } = [];

    /// <summary>Whether anything at or above <paramref name="failOn"/> broke (or a fixture was left changed).</summary>
    public bool Fails(RequirementLevel failOn) =>
        Unrestored.Count > 0
        || Scenarios.Any(s => s.Verdict == Verdict.Fail || (failOn <= RequirementLevel.Should && s.Verdict == Verdict.Warn));

    /// <summary>
    /// Whether the run tested nothing: no scenario, or every scenario SKIP (a profile without the
    /// identities the schemes need, a scheme the suite cannot send). Such a run proves nothing
    /// and must not pass a gate.
    /// </summary>
    public bool NothingTested => Scenarios.All(s => s.Verdict == Verdict.Skip);

    /// <summary>One line saying why nothing was tested (the most frequent skip reason); null when something was.</summary>
    public string? NothingTestedReason
    {
        get
        {
            if (!NothingTested) return null;
            if (Scenarios.Count == 0) return "nothing was tested: no scenario ran";
            var reasons = Scenarios.GroupBy(s => s.Reason ?? "no reason given", StringComparer.Ordinal).OrderByDescending(g => g.Count()).ToList();
            var most = reasons[0];
            var others = reasons.Count > 1 ? $"; {reasons.Count - 1} other reasons in the reports" : "";
            return $"nothing was tested: all {Scenarios.Count} scenarios were skipped ({most.Count()} because {most.Key}{others})";
        }
    }

    /// <summary>
    /// The documentation gaps of the run, once each (the same gap found by several scenarios is
    /// one finding for the vendor), in run order.
    /// </summary>
    public IReadOnlyList<DocumentationGap> Gaps =>
        Scenarios.SelectMany(s => s.Gaps.Select(g => (Scenario: s, Gap: g)))
            .GroupBy(x => (x.Gap.RequirementId, x.Gap.Title, x.Gap.Actual is { } a ? StatusOf(a) : ""))
            .Select(g => new DocumentationGap(g.First().Scenario.Scenario.Contract, g.First().Gap.Title, g.First().Gap.Expected ?? "", g.First().Gap.Actual ?? "",
                g.Select(x => x.Scenario.Scenario.Id).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();

    /// <summary>One line: <c>N scenarios, N passed, N warned, N inconclusive, N skipped, N failed</c>.</summary>
    public string SummaryLine =>
        $"{Scenarios.Count} scenarios, {Count(Verdict.Pass)} passed, {Count(Verdict.Warn)} warned, {Count(Verdict.Inconclusive)} inconclusive, {Count(Verdict.Skip)} skipped, {Count(Verdict.Fail)} failed"
        + (Gaps.Count > 0 ? $"; {Gaps.Count} documentation gaps" : "")
        + (Incomplete is null ? "" : $"; INCOMPLETE ({Incomplete}): {NotRun} scenarios not run");

    private static string StatusOf(string actual) => actual.Length >= 3 ? actual[..3] : actual;
}
