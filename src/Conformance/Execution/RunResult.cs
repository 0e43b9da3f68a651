using Conformance.Checks;
using Conformance.Spec.Vocabulary;

namespace Conformance.Execution;

/// <summary>
/// The one result model of a run. Every renderer (console, Allure, JUnit, summary JSON /
/// Markdown / HTML) reads this and nothing else.
/// </summary>
public sealed record RunResult(RunInfo Info, IReadOnlyList<ScenarioResult> Scenarios, IReadOnlyList<FixtureRestoreFailure> Unrestored)
{
    public int Count(Verdict verdict) => Scenarios.Count(s => s.Verdict == verdict);

    /// <summary>Whether anything at or above <paramref name="failOn"/> broke (or a fixture was left changed).</summary>
    public bool Fails(RequirementLevel failOn) =>
        Unrestored.Count > 0
        || Scenarios.Any(s => s.Verdict == Verdict.Fail || (failOn <= RequirementLevel.Should && s.Verdict == Verdict.Warn));

    /// <summary>One line: <c>N scenarios, N passed, N warned, N skipped, N failed</c>.</summary>
    public string SummaryLine =>
        $"{Scenarios.Count} scenarios, {Count(Verdict.Pass)} passed, {Count(Verdict.Warn)} warned, {Count(Verdict.Skip)} skipped, {Count(Verdict.Fail)} failed";
}
