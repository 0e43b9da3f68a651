using System.Text.Json.Nodes;
using Conformance.Checks;
using Conformance.Execution;
using Conformance.Spec.Vocabulary;

namespace Conformance.Reporting;

/// <summary>
/// <c>summary.json</c>: the facts of <c>summary.html</c> for machines: run info, the verdict of the
/// gate, per-vendor scores and grids, every scenario with its failures, unrestored fixtures.
/// </summary>
internal sealed class SummaryJsonRenderer : IReportRenderer
{
    public const int SchemaVersion = 1;

    public string FileName => "summary.json";

    public string Render(RunResult run, ReportOptions options)
    {
        var info = run.Info;
        var root = new JsonObject
        {
            ["schemaVersion"] = SchemaVersion,
            ["target"] = info.Target,
            ["suiteVersion"] = info.SuiteVersion,
            ["startedAt"] = ReportText.Iso(info.StartedAt),
            ["finishedAt"] = ReportText.Iso(info.FinishedAt),
            ["durationSeconds"] = Math.Round((info.FinishedAt - info.StartedAt).TotalSeconds, 3),
            ["parallelism"] = info.Parallelism,
            ["filter"] = info.Filter,
            ["failOn"] = ReportText.Level(options.FailOn),
            ["passed"] = run.Incomplete is null && !run.Fails(options.FailOn),
            ["incomplete"] = run.Incomplete,
            ["notRun"] = run.NotRun,
            ["summaryLine"] = run.SummaryLine,
            ["totals"] = Totals(run.Scenarios),
            ["specs"] = new JsonArray(info.Specs.Select(s => (JsonNode)new JsonObject
            {
                ["vendor"] = s.Vendor, ["title"] = s.Title, ["version"] = s.Version, ["path"] = s.Path,
            }).ToArray()),
            ["vendors"] = new JsonArray(OperationTally.Vendors(run).Select(v => (JsonNode)Vendor(run, v)).ToArray()),
            ["scenarios"] = new JsonArray(run.Scenarios.Select(s => (JsonNode)Scenario(s)).ToArray()),
            ["documentationGaps"] = new JsonArray(run.Gaps.Select(g => (JsonNode)new JsonObject
            {
                ["vendor"] = g.Vendor, ["what"] = g.What, ["documented"] = g.Documented, ["observed"] = g.Observed,
                ["scenarios"] = new JsonArray(g.ScenarioIds.Select(id => (JsonNode)JsonValue.Create(id)!).ToArray()),
            }).ToArray()),
            ["unrestoredFixtures"] = new JsonArray(run.Unrestored.Select(f => (JsonNode)new JsonObject
            {
                ["vendor"] = f.Vendor, ["kind"] = f.Kind, ["id"] = f.Id,
                ["expectedState"] = f.ExpectedState, ["observedState"] = f.ObservedState, ["reason"] = f.Reason,
                ["restoration"] = f.Unconfirmed ? "unconfirmed" : "not-restored",
            }).ToArray()),
            ["drift"] = new JsonArray(run.Drift.Select(d => (JsonNode)new JsonObject
            {
                ["vendor"] = d.Vendor, ["kind"] = d.Kind, ["id"] = d.Id, ["declared"] = d.Declared, ["observed"] = d.Observed.State,
                ["evidence"] = d.Observed.Conflict ?? d.Observed.Evidence, ["documented"] = d.Observed.Documented,
            }).ToArray()),
        };
        return root.ToJsonString(ReportJson.Options) + "\n";
    }

    private static JsonObject Vendor(RunResult run, string vendor)
    {
        var score = ConformanceScore.For(vendor, run.Scenarios);
        var grid = VendorGrid.For(run, vendor);
        return new JsonObject
        {
            ["vendor"] = vendor,
            ["score"] = new JsonObject { ["must"] = Tally(score.Must), ["should"] = Tally(score.Should) },
            ["totals"] = Totals(run.Scenarios.Where(s => s.Scenario.Vendor == vendor).ToList()),
            ["operations"] = new JsonArray(OperationTally.For(run).Where(o => o.Vendor == vendor).Select(o => (JsonNode)new JsonObject
            {
                ["operation"] = o.Operation, ["pass"] = o.Pass, ["warn"] = o.Warn, ["inconclusive"] = o.Inconclusive, ["skip"] = o.Skip, ["fail"] = o.Fail,
            }).ToArray()),
            ["grid"] = new JsonArray(grid.Rows.Select(r => (JsonNode)new JsonObject
            {
                ["class"] = r.Class,
                ["key"] = r.Key,
                ["cells"] = new JsonArray(grid.Operations.Zip(r.Cells).Where(c => c.Second is not null).Select(c => (JsonNode)new JsonObject
                {
                    ["operation"] = c.First,
                    ["verdict"] = ReportText.Word(c.Second!.Verdict),
                    ["matching"] = c.Second.Matching,
                    ["scenarios"] = c.Second.Total,
                }).ToArray()),
            }).ToArray()),
        };
    }

    private static JsonObject Scenario(ScenarioResult result)
    {
        var scenario = result.Scenario;
        return new JsonObject
        {
            ["id"] = scenario.Id,
            ["name"] = scenario.DisplayName,
            ["vendor"] = scenario.Vendor,
            ["operation"] = scenario.Operation.Label,
            ["class"] = scenario.Class,
            ["variant"] = scenario.Variant,
            ["requirement"] = new JsonObject
            {
                ["id"] = scenario.Requirement.Id,
                ["level"] = ReportText.Level(scenario.Requirement.Level),
                ["basis"] = EvidenceBases.Word(scenario.Requirement.Basis),
                ["source"] = scenario.Requirement.Source,
                ["seed"] = scenario.Requirement.Seed,
                ["quote"] = scenario.Requirement.Quote,
            },
            ["verdict"] = ReportText.Word(result.Verdict),
            ["reason"] = result.Reason,
            ["startedAt"] = ReportText.Iso(result.StartedAt),
            ["durationMs"] = Math.Round(result.Duration.TotalMilliseconds, 1),
            ["exchanges"] = result.Exchanges.Count,
            ["failures"] = new JsonArray(FailureDetail.Of(result).Select(f => (JsonNode)new JsonObject
            {
                ["check"] = f.Check,
                ["title"] = f.Title,
                ["requirementId"] = f.RequirementId,
                ["level"] = ReportText.Level(f.Level),
                ["basis"] = f.Basis is { } basis ? EvidenceBases.Word(basis) : null,
                ["source"] = f.Source,
                ["quote"] = f.Quote,
                ["expected"] = f.Expected,
                ["actual"] = f.Actual,
                ["curl"] = f.Curl,
            }).ToArray()),
        };
    }

    private static JsonObject Tally(LevelTally tally) => new()
    {
        ["passed"] = tally.Passed, ["applicable"] = tally.Applicable, ["percent"] = tally.Percent,
    };

    private static JsonObject Totals(IReadOnlyCollection<ScenarioResult> scenarios) => new()
    {
        ["scenarios"] = scenarios.Count,
        ["pass"] = scenarios.Count(s => s.Verdict == Verdict.Pass),
        ["warn"] = scenarios.Count(s => s.Verdict == Verdict.Warn),
        ["inconclusive"] = scenarios.Count(s => s.Verdict == Verdict.Inconclusive),
        ["skip"] = scenarios.Count(s => s.Verdict == Verdict.Skip),
        ["fail"] = scenarios.Count(s => s.Verdict == Verdict.Fail),
    };
}
