using System.Text.Json.Nodes;
using Conformance.Checks;
using Conformance.Execution;
using Conformance.Spec.Vocabulary;

namespace Conformance.Reporting;

/// <summary>
/// <c>summary.json</c>: the facts of <c>summary.html</c> for machines: run info, the verdict of the
/// gate, per-contract (per target) scores and grids, the grids across targets, every scenario
/// with its target, failures and check outcomes, unrestored fixtures. <see cref="SummaryMerge"/>
/// reads it back to merge sharded runs into one report.
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
            ["fuzz"] = info.Fuzz is { } fuzz ? new JsonObject { ["perOperation"] = fuzz.PerOperation, ["seed"] = fuzz.Seed } : null,
            ["failOn"] = ReportText.Level(options.FailOn),
            ["passed"] = run.Incomplete is null && !run.Fails(options.FailOn),
            ["incomplete"] = run.Incomplete,
            ["notRun"] = run.NotRun,
            ["summaryLine"] = run.SummaryLine,
            ["totals"] = Totals(run.Scenarios),
            ["specs"] = new JsonArray(info.Specs.Select(s => (JsonNode)Spec(s)).ToArray()),
            ["targets"] = new JsonArray(info.Targets.Select(t => (JsonNode)new JsonObject
            {
                ["name"] = t.Name, ["url"] = t.Url, ["specs"] = new JsonArray(t.Specs.Select(s => (JsonNode)Spec(s)).ToArray()),
                ["rerun"] = Rerun(t.Rerun),
            }).ToArray()),
            ["vendors"] = new JsonArray(ContractSection.Of(run).Select(v => (JsonNode)Vendor(v)).ToArray()),
            ["targetGrids"] = new JsonArray(info.Targets.Count > 1 ? TargetGrid.Of(run).Select(g => (JsonNode)Grid(g)).ToArray() : []),
            ["scenarios"] = new JsonArray(run.Scenarios.Select(s => (JsonNode)Scenario(s, info, options.RepoRoot)).ToArray()),
            ["documentationGaps"] = new JsonArray(run.Gaps.Select(g => (JsonNode)new JsonObject
            {
                ["vendor"] = g.Vendor, ["what"] = g.What, ["documented"] = g.Documented, ["observed"] = g.Observed,
                ["scenarios"] = new JsonArray(g.ScenarioIds.Select(id => (JsonNode)JsonValue.Create(id)!).ToArray()),
            }).ToArray()),
            ["constraintCoverage"] = new JsonArray(run.Coverage.Select(c => (JsonNode)new JsonObject
            {
                ["vendor"] = c.Vendor, ["found"] = c.Found, ["breakable"] = c.Breakable, ["violated"] = c.Generated,
                ["percent"] = Math.Round(c.Percent, 1),
                ["byPlace"] = new JsonArray(c.ByPlace.Select(p => (JsonNode)new JsonObject { ["place"] = p.Place, ["found"] = p.Found, ["violated"] = p.Generated }).ToArray()),
                ["byKind"] = new JsonArray(c.ByKind.Select(k => (JsonNode)new JsonObject { ["kind"] = k.Kind, ["found"] = k.Found, ["violated"] = k.Generated }).ToArray()),
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
        // One line: the file is for programs (jq, merge, dashboards); indentation was a third of its size.
        return root.ToJsonString(ReportJson.Compact) + "\n";
    }

    /// <summary>A spec; its path relative to the repository when inside it (a merge resolves it there again).</summary>
    private static JsonObject Spec(SpecInfo s) => new()
    {
        ["vendor"] = s.Vendor, ["contract"] = s.Contract, ["title"] = s.Title, ["version"] = s.Version, ["path"] = RepositoryRelative(s.Path),
    };

    private static string RepositoryRelative(string path)
    {
        if (RepositoryPaths.Root is not { } root || !Path.IsPathRooted(path)) return path;
        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }

    /// <summary>How the target was run (arguments as given, never a secret), so a merged report prints the same rerun commands.</summary>
    private static JsonObject? Rerun(RerunArguments? rerun) => rerun is null ? null : new JsonObject
    {
        ["target"] = rerun.Target,
        ["profile"] = rerun.Profile,
        ["specs"] = new JsonArray(rerun.Specs.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
        ["referenceFaults"] = new JsonArray(rerun.ReferenceFaults.Select(f => (JsonNode)JsonValue.Create(f)!).ToArray()),
    };

    /// <summary>Requirements × targets of one vendor: columns (target, contract), rows (class, operation, key).</summary>
    private static JsonObject Grid(TargetGrid grid) => new()
    {
        ["vendor"] = grid.Vendor,
        ["columns"] = new JsonArray(grid.Columns.Select(c =>
        {
            var score = ConformanceScore.For(c);
            return (JsonNode)new JsonObject
            {
                ["target"] = c.Target, ["contract"] = c.Contract,
                ["score"] = new JsonObject { ["must"] = Tally(score.Must), ["should"] = Tally(score.Should) },
            };
        }).ToArray()),
        ["rows"] = new JsonArray(grid.Rows.Select(r => (JsonNode)new JsonObject
        {
            ["class"] = r.Class,
            ["operation"] = r.Operation,
            ["key"] = r.Key,
            ["cells"] = new JsonArray(r.Cells.Select(c => c is null ? null : (JsonNode)new JsonObject
            {
                ["verdict"] = ReportText.Word(c.Verdict), ["matching"] = c.Matching, ["scenarios"] = c.Total,
            }).ToArray()),
        }).ToArray()),
    };

    private static JsonObject Vendor(ContractSection section)
    {
        var score = ConformanceScore.For(section);
        var grid = VendorGrid.For(section);
        var operations = section.Scenarios.GroupBy(s => s.Scenario.Operation.Label);
        return new JsonObject
        {
            ["vendor"] = section.Vendor,
            ["contract"] = section.Contract,
            ["target"] = section.Target,
            ["score"] = new JsonObject { ["must"] = Tally(score.Must), ["should"] = Tally(score.Should) },
            ["totals"] = Totals(section.Scenarios),
            ["operations"] = new JsonArray(operations.Select(g => new OperationTally(section.Title, g.Key, Count(g, Verdict.Pass), Count(g, Verdict.Warn),
                Count(g, Verdict.Skip), Count(g, Verdict.Fail), Count(g, Verdict.Inconclusive))).Select(o => (JsonNode)new JsonObject
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

    private static JsonObject Scenario(ScenarioResult result, RunInfo info, string? root)
    {
        var scenario = result.Scenario;
        return new JsonObject
        {
            ["id"] = scenario.Id,
            ["name"] = scenario.DisplayName,
            ["vendor"] = scenario.Vendor,
            ["contract"] = scenario.Contract,
            ["target"] = result.Target,
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
            ["failures"] = new JsonArray(FailureDetail.Of(result, info, root).Select(f => (JsonNode)new JsonObject
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
                ["rerun"] = f.Rerun,
                ["curl"] = f.Curl,
                ["curlNote"] = f.CurlNote,
                ["evidence"] = Evidence(f.Evidence),
            }).ToArray()),
            // A check that passed on every probe of a run says so once: the score counts requirements, not probes.
            ["judgements"] = new JsonArray(result.Outcomes.Select(Judgement).DistinctBy(j => j.ToJsonString()).Select(j => (JsonNode)j).ToArray()),
        };
    }

    /// <summary>Every check outcome, compactly: what a merge of several runs' summaries needs to score and list again.</summary>
    private static JsonObject Judgement(CheckOutcome outcome)
    {
        var judged = new JsonObject
        {
            ["check"] = outcome.Check,
            ["status"] = outcome.Status.ToString().ToLowerInvariant(),
            ["requirementId"] = outcome.RequirementId,
            ["level"] = ReportText.Level(outcome.Level),
        };
        if (outcome.Status is CheckStatus.Pass or CheckStatus.Skip) return judged;
        judged["title"] = outcome.Title;
        judged["expected"] = outcome.Expected;
        judged["actual"] = outcome.Actual;
        return judged;
    }

    /// <summary>The (already redacted) request of a failure's evidence and its answer's status line, so a merge can print the same curl.</summary>
    private static JsonObject? Evidence(Http.Exchange? exchange) => exchange is null ? null : new JsonObject
    {
        ["label"] = exchange.Label,
        ["method"] = exchange.Request.Method,
        ["url"] = exchange.Request.Url,
        ["headers"] = new JsonArray(exchange.Request.Headers.Select(h => (JsonNode)new JsonArray(h.Key, h.Value)).ToArray()),
        ["body"] = exchange.Request.Body,
        ["status"] = exchange.Response?.Status,
        ["contentType"] = exchange.Response?.ContentType,
        ["transportError"] = exchange.TransportError,
    };

    private static int Count(IEnumerable<ScenarioResult> scenarios, Verdict verdict) => scenarios.Count(s => s.Verdict == verdict);

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
