using Conformance.Checks;
using Conformance.Execution;

namespace Conformance.Reporting;

/// <summary>
/// The console renderer: a progress line per finished scenario, h2spec-style failure blocks,
/// a per-operation table and <see cref="RunResult.SummaryLine"/>. Safe to call from parallel
/// scenarios; each call writes whole lines.
/// </summary>
public sealed class ConsoleReporter(TextWriter output)
{
    private readonly Lock gate = new();

    /// <summary><c>✔ id</c>, <c>× id</c>, <c>! id</c> or <c>- id (reason)</c>.</summary>
    public void ScenarioFinished(ScenarioResult result)
    {
        var line = $"{ReportText.Symbol(result.Verdict)} {(result.Target is null ? "" : result.Target + ": ")}{result.Scenario.Id}"
            + (result.Verdict is Verdict.Skip or Verdict.Inconclusive && result.Reason is { } reason ? $" ({reason})" : "");
        lock (gate) output.WriteLine(line);
    }

    /// <summary>Failures and warnings, the per-operation table, unrestored fixtures and the summary line.</summary>
    public void WriteSummary(RunResult run)
    {
        lock (gate)
        {
            WriteFailures(run);
            WriteGaps(run);
            WriteOperations(run);
            foreach (var fixture in run.Unrestored)
            {
                output.WriteLine($"× fixture {fixture.Headline}: {fixture.Vendor} {fixture.Kind} {fixture.Id} "
                    + $"(expected {fixture.ExpectedState}, observed {fixture.ObservedState ?? "unknown"}): {fixture.Reason}");
            }

            if (run.Info.Fuzz is { } fuzz) output.WriteLine(fuzz.ToString());
            output.WriteLine(run.SummaryLine);
        }
    }

    /// <summary>Where the reports went, and any warning from writing them.</summary>
    public void WriteReportPaths(ReportPaths paths)
    {
        lock (gate)
        {
            output.WriteLine(paths.Latest is null ? $"Reports: {paths.Folder} (an incomplete run: {ReportFolders.Latest}/ left as it was)" : $"Reports: {paths.Folder} (also {paths.Latest})");
            output.WriteLine($"  summary: {paths.SummaryHtml}");
            if (paths.AllureReport is not null) output.WriteLine($"  allure:  {paths.AllureReport}");
            foreach (var warning in paths.Warnings) output.WriteLine($"! {warning}");
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

    private void WriteGaps(RunResult run)
    {
        var gaps = run.Gaps;
        if (gaps.Count == 0) return;
        output.WriteLine();
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
