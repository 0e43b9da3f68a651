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
        var line = $"{ReportText.Symbol(result.Verdict)} {result.Scenario.Id}"
            + (result.Verdict == Verdict.Skip && result.SkipReason is { } reason ? $" ({reason})" : "");
        lock (gate) output.WriteLine(line);
    }

    /// <summary>Failures and warnings, the per-operation table, unrestored fixtures and the summary line.</summary>
    public void WriteSummary(RunResult run)
    {
        lock (gate)
        {
            WriteFailures(run);
            WriteOperations(run);
            foreach (var fixture in run.Unrestored)
            {
                output.WriteLine($"× fixture NOT restored: {fixture.Vendor} {fixture.Kind} {fixture.Id} "
                    + $"(expected {fixture.ExpectedState}, observed {fixture.ObservedState ?? "unknown"}): {fixture.Reason}");
            }

            output.WriteLine(run.SummaryLine);
        }
    }

    /// <summary>Where the reports went, and any warning from writing them.</summary>
    public void WriteReportPaths(ReportPaths paths)
    {
        lock (gate)
        {
            output.WriteLine($"Reports: {paths.Folder} (copied to {paths.Latest})");
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
            output.WriteLine($"  -> [{ReportText.Level(failure.Level)}] {failure.RequirementId}{(failure.Quote is null ? "" : $": {failure.Quote}")}");
            output.WriteLine($"     Expected: {failure.Expected}");
            output.WriteLine($"       Actual: {failure.Actual}");
            if (failure.Curl is { } curl) output.WriteLine($"     Reproduce: {curl}");
        }
    }

    private void WriteOperations(RunResult run)
    {
        var rows = OperationTally.For(run);
        if (rows.Count == 0) return;
        var width = Math.Max("Operation".Length, rows.Max(r => r.Vendor.Length + 1 + r.Operation.Length));
        output.WriteLine();
        output.WriteLine($"{"Operation".PadRight(width)}  Pass  Warn  Skip  Fail");
        foreach (var row in rows)
        {
            output.WriteLine($"{(row.Vendor + " " + row.Operation).PadRight(width)}  {Cell(row.Pass)}  {Cell(row.Warn)}  {Cell(row.Skip)}  {Cell(row.Fail)}");
        }

        output.WriteLine();
    }

    private static string Cell(int count) => ReportText.Number(count).PadLeft(4);
}
