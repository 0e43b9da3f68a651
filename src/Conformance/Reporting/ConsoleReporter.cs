using Conformance.Checks;
using Conformance.Execution;

namespace Conformance.Reporting;

/// <summary>
/// The console renderer: a line per finished scenario (as <see cref="ConsoleDetail"/> asks),
/// h2spec-style failure blocks, a per-operation table and <see cref="RunResult.SummaryLine"/>.
/// Safe to call from parallel scenarios; each call writes whole lines.
/// </summary>
public sealed class ConsoleReporter(TextWriter output, ConsoleDetail detail = ConsoleDetail.Normal)
{
    private readonly Lock gate = new();

    public ConsoleDetail Detail => detail;

    /// <summary>
    /// <c>× id</c>, <c>! id</c> or <c>? id (reason)</c> for a scenario that needs a look; with
    /// <see cref="ConsoleDetail.Verbose"/> also <c>✔ id</c> and <c>- id (reason)</c>, each followed by its checks' outcomes.
    /// </summary>
    public void ScenarioFinished(ScenarioResult result)
    {
        if (detail == ConsoleDetail.Quiet) return;
        if (detail == ConsoleDetail.Normal && result.Verdict is Verdict.Pass or Verdict.Skip) return;
        var line = $"{ReportText.Symbol(result.Verdict)} {(result.Target is null ? "" : result.Target + ": ")}{result.Scenario.Id}"
            + (result.Verdict is Verdict.Skip or Verdict.Inconclusive && result.Reason is { } reason ? $" ({reason})" : "");
        var outcomes = detail == ConsoleDetail.Verbose ? result.Outcomes.Select(OutcomeLine).ToList() : [];
        lock (gate)
        {
            output.WriteLine(line);
            foreach (var outcome in outcomes) output.WriteLine(outcome);
        }
    }

    /// <summary>Failures and warnings, the per-operation table, unrestored fixtures and the summary line (quiet: the last two).</summary>
    public void WriteSummary(RunResult run)
    {
        lock (gate)
        {
            if (detail == ConsoleDetail.Quiet)
            {
                WriteUnrestored(run);
                output.WriteLine(run.SummaryLine);
                return;
            }

            WriteFailures(run);
            WriteGaps(run);
            WriteOperations(run);
            WriteUnrestored(run);
            if (run.Info.Fuzz is { } fuzz) output.WriteLine(fuzz.ToString());
            output.WriteLine(run.SummaryLine);
        }
    }

    /// <summary>Where the reports went, and any warning from writing them (quiet: only the warnings).</summary>
    public void WriteReportPaths(ReportPaths paths)
    {
        lock (gate)
        {
            if (detail == ConsoleDetail.Quiet)
            {
                foreach (var warning in paths.Warnings) output.WriteLine($"! {warning}");
                return;
            }

            output.WriteLine(paths.Latest is null ? $"Reports: {paths.Folder} (an incomplete run: {ReportFolders.Latest}/ left as it was)" : $"Reports: {paths.Folder} (also {paths.Latest})");
            output.WriteLine($"  summary: {paths.SummaryHtml}");
            if (paths.AllureReport is not null) output.WriteLine($"  allure:  {paths.AllureReport}");
            foreach (var warning in paths.Warnings) output.WriteLine($"! {warning}");
        }
    }

    /// <summary><c>    ✔ check [MUST] requirement</c>, with what was expected and observed when it did not pass.</summary>
    private static string OutcomeLine(CheckOutcome outcome)
    {
        var symbol = outcome.Status switch
        {
            CheckStatus.Pass => "✔",
            CheckStatus.Fail => outcome.Level == Spec.Vocabulary.RequirementLevel.Must ? "×" : "!",
            CheckStatus.Inconclusive => "?",
            CheckStatus.Gap => "~",
            _ => "-",
        };
        var line = $"    {symbol} {outcome.Check} [{ReportText.Level(outcome.Level)}] {outcome.RequirementId}";
        if (outcome.Status == CheckStatus.Pass) return line;
        if (outcome.Expected is not null || outcome.Actual is not null) return $"{line}: expected {outcome.Expected ?? "?"}, actual {outcome.Actual ?? "?"}";
        return $"{line}: {outcome.Title}";
    }

    private void WriteUnrestored(RunResult run)
    {
        foreach (var fixture in run.Unrestored)
        {
            output.WriteLine($"× fixture {fixture.Headline}: {fixture.Vendor} {fixture.Kind} {fixture.Id} "
                + $"(expected {fixture.ExpectedState}, observed {fixture.ObservedState ?? "unknown"}): {fixture.Reason}");
        }
    }

    private void WriteFailures(RunResult run)
    {
        var failures = FailureDetail.Of(run);
        if (failures.Count == 0) return;
        output.WriteLine();
        output.WriteLine("Failures:");
        foreach (var failure in failures)
        {
            output.WriteLine();
            output.WriteLine($"{ReportText.Symbol(failure.Result.Verdict)} {failure.Scenario.Id}");
            output.WriteLine($"  {failure.Scenario.DisplayName}");
            output.WriteLine($"  -> [{ReportText.LevelAndBasis(failure.Level, failure.Basis)}] {failure.RequirementId}{(failure.Quote is null ? "" : $": {failure.Quote}")}");
            output.WriteLine($"     Expected: {failure.Expected}");
            output.WriteLine($"       Actual: {failure.Actual}");
            if (failure.Rerun is { } rerun) output.WriteLine($"        Rerun: {rerun}");
            if (failure.Curl is { } curl) output.WriteLine($"         curl: {curl}");
            if (failure.CurlNote is { } note) output.WriteLine($"               ({note})");
        }
    }

    /// <summary>
    /// Gaps are findings for the documents, not for the target, and a run against a thin spec has
    /// hundreds: by default one line says how many and where they are listed; --verbose lists them.
    /// </summary>
    private void WriteGaps(RunResult run)
    {
        var gaps = run.Gaps;
        if (gaps.Count == 0) return;
        output.WriteLine();
        if (detail != ConsoleDetail.Verbose)
        {
            var byContract = string.Join(", ", gaps.GroupBy(g => g.Vendor, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
            output.WriteLine($"~ {gaps.Count} documentation gaps ({byContract}): not failures, answers the documents do not cover; listed in summary.html; --verbose lists them here");
            return;
        }

        output.WriteLine($"Documentation gaps ({gaps.Count}), not failures: the documents do not cover what the target answered:");
        foreach (var gap in gaps) output.WriteLine($"  ~ {gap.Vendor}: {gap.What} (answered {gap.Observed.Split(' ')[0]})");
    }

    private void WriteOperations(RunResult run)
    {
        var rows = OperationTally.For(run);
        if (rows.Count == 0) return;
        var width = Math.Max("Operation".Length, rows.Max(r => r.Vendor.Length + 1 + r.Operation.Length));
        output.WriteLine();
        output.WriteLine($"{"Operation".PadRight(width)}  Pass  Warn  Inc.  Skip  Fail");
        foreach (var row in rows)
        {
            output.WriteLine($"{(row.Vendor + " " + row.Operation).PadRight(width)}  {Cell(row.Pass)}  {Cell(row.Warn)}  {Cell(row.Inconclusive)}  {Cell(row.Skip)}  {Cell(row.Fail)}");
        }

        output.WriteLine();
    }

    private static string Cell(int count) => ReportText.Number(count).PadLeft(4);
}
