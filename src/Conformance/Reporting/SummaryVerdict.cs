using Conformance.Checks;
using Conformance.Execution;
using Conformance.Spec.Vocabulary;

namespace Conformance.Reporting;

/// <summary>The verdict of a run in one word (PASSED, FAILED, INCOMPLETE) and its reason in one line, as the reports' banners say it.</summary>
internal static class SummaryVerdict
{
    public static string Word(RunResult run, RequirementLevel failOn) =>
        run.Incomplete is not null ? "INCOMPLETE" : run.Fails(failOn) ? "FAILED" : "PASSED";

    /// <summary>Why: what stopped the run, what broke (MUST requirements, SHOULDs at a SHOULD gate, fixtures left changed), or what passed.</summary>
    public static string Reason(RunResult run, RequirementLevel failOn)
    {
        var ran = run.Scenarios.Count;
        if (run.Incomplete is not null)
        {
            return $"The run stopped early ({run.Incomplete}): {run.NotRun} of {ran + run.NotRun} scenarios did not run, so this report is not a verdict on the target.";
        }

        var failed = run.Scenarios.Where(s => s.Verdict == Verdict.Fail).ToList();
        var warned = run.Scenarios.Where(s => s.Verdict == Verdict.Warn).ToList();
        var parts = new List<string>();
        if (failed.Count > 0) parts.Add($"{Plural(Broken(failed, RequirementLevel.Must), "MUST requirement")} broken in {Plural(failed.Count, "scenario")}");
        if (failOn <= RequirementLevel.Should && warned.Count > 0) parts.Add($"{Plural(Broken(warned, RequirementLevel.Should), "SHOULD requirement")} broken in {Plural(warned.Count, "scenario")} (the gate fails on SHOULD)");
        if (run.Unrestored.Count > 0) parts.Add($"{Plural(run.Unrestored.Count, "fixture")} NOT confirmed restored: the target may be left changed");
        if (parts.Count > 0) return string.Join("; ", parts) + ".";

        var also = new List<string>();
        if (warned.Count > 0) also.Add($"{Plural(warned.Count, "SHOULD warning")}");
        var inconclusive = run.Count(Verdict.Inconclusive);
        if (inconclusive > 0) also.Add($"{inconclusive} inconclusive");
        return $"No MUST requirement broken in {Plural(ran, "scenario")}" + (also.Count > 0 ? $" ({string.Join(", ", also)}; see below)." : ".");
    }

    /// <summary>Distinct requirements of a level the scenarios broke (a scenario with no failed check counts its own requirement).</summary>
    private static int Broken(IEnumerable<ScenarioResult> scenarios, RequirementLevel level)
    {
        var ids = scenarios.SelectMany(s => s.Failures.Any()
            ? s.Failures.Where(o => o.Level == level).Select(o => s.Target + "|" + o.RequirementId)
            : s.Scenario.Requirement.Level == level ? [s.Target + "|" + s.Scenario.Requirement.Id] : []);
        return ids.Distinct(StringComparer.Ordinal).Count();
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
