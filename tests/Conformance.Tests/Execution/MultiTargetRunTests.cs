using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.ReferenceTarget;
using Conformance.Reporting;
using Conformance.Tests.Reporting;

namespace Conformance.Tests.Execution;

/// <summary>
/// One run over several targets: each target runs its contracts, one result carries every
/// scenario with its target; sharded runs merge into the same grid.
/// </summary>
[TestFixture]
[Category("Faults")]
[Parallelizable(ParallelScope.None)]
public sealed class MultiTargetRunTests
{
    private const string Small = "*/positive/*,*/user-action/forged";

    [Test]
    public async Task TheCurrentContractAlone_RunsAgainstTheCurrentApi()
    {
        var settings = new ConformanceSettings { Specs = ["dfns"], Filter = Small };
        await using var run = await MultiTargetRun.CreateAsync(settings, Conformance.Hosting.ReferenceTargetStarter.StartAsync, CancellationToken.None);
        var result = await run.RunAllAsync(null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(run.Targets.Select(t => t.Info.Name), Is.EqualTo(new[] { ReferenceApis.Current }));
            Assert.That(run.IsMultiTarget, Is.False);
            Assert.That(result.Scenarios.Select(s => s.Scenario.Contract).Distinct(), Is.EqualTo(new[] { "dfns" }));
            Assert.That(result.Count(Verdict.Pass), Is.EqualTo(result.Scenarios.Count));
            Assert.That(result.Info.Targets.Single().Name, Is.EqualTo(ReferenceApis.Current), "a single target keeps its name for a later merge");
        });
    }

    [Test]
    public async Task AFilterOneTargetCannotMatch_LeavesThatTargetOut()
    {
        var settings = new ConformanceSettings { Filter = "senhasegura.*/positive/*" };
        await using var run = await MultiTargetRun.CreateAsync(settings, Conformance.Hosting.ReferenceTargetStarter.StartAsync, CancellationToken.None);

        Assert.That(run.Targets.Select(t => t.Info.Name), Is.EqualTo(new[] { ReferenceApis.Main }));
    }

    [Test]
    public async Task AFilterNoTargetMatches_IsOneLine()
    {
        var settings = new ConformanceSettings { Filter = "nothing-matches-this" };

        var error = await Assert.ThrowsAsync<SettingsException>(() => MultiTargetRun.CreateAsync(settings, Conformance.Hosting.ReferenceTargetStarter.StartAsync, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("matches no scenario"));
    }

    [Test]
    public async Task ATargetsFile_RunsEachTargetWithItsProfileAndContracts_InOneResult()
    {
        await using var reference = await ReferenceTargetHost.StartAsync(new ReferenceTargetOptions());
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "legacy.yaml"), reference.ProfileYaml);
        File.WriteAllText(Path.Combine(folder.Path, "current.yaml"), reference.Current.ProfileYaml);
        File.WriteAllText(Path.Combine(folder.Path, "targets.yaml"), $"""
            targets:
              - name: staging-legacy
                url: {reference.BaseUrl}
                profile: legacy.yaml
                contracts: [dfns-legacy]
              - name: staging-current
                url: {reference.Current.BaseUrl}
                profile: current.yaml
                contracts: [dfns]
            """);

        var settings = new ConformanceSettings { TargetsFile = Path.Combine(folder.Path, "targets.yaml"), Filter = Small };
        await using var run = await MultiTargetRun.CreateAsync(settings, null, CancellationToken.None);
        var result = await run.RunAllAsync(null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Info.Targets.Select(t => t.Name), Is.EqualTo(new[] { "staging-legacy", "staging-current" }));
            Assert.That(result.Scenarios.GroupBy(s => s.Target).ToDictionary(g => g.Key!, g => g.Select(s => s.Scenario.Contract).Distinct().Single()),
                Is.EquivalentTo(new Dictionary<string, string> { ["staging-legacy"] = "dfns-legacy", ["staging-current"] = "dfns" }));
            Assert.That(result.Scenarios.Where(s => s.Verdict != Verdict.Pass).Select(s => s.Scenario.Id), Is.Empty);
            Assert.That(TargetGrid.Of(result).Single().Columns, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task TheLegacyContractAgainstTheCurrentApi_IsAWallOfFailures_TheIssueThisAvoids()
    {
        await using var reference = await ReferenceTargetHost.StartAsync(new ReferenceTargetOptions());
        using var folder = new TempFolder();
        // A customer still holding an app id from the old dashboard: every legacy header can be sent.
        var profile = System.Text.Json.Nodes.JsonNode.Parse(reference.Current.ProfileYaml)!;
        profile["vendors"]!["dfns"]!["settings"] = new System.Text.Json.Nodes.JsonObject { ["appId"] = "ap-legacy-0-0" };
        File.WriteAllText(Path.Combine(folder.Path, "current.yaml"), profile.ToJsonString());

        var settings = new ConformanceSettings { Target = reference.Current.BaseUrl, Profile = Path.Combine(folder.Path, "current.yaml"), Specs = ["dfns-legacy"], Filter = "dfns-legacy.credentials.activate/nonce/*" };
        await using var run = await MultiTargetRun.CreateAsync(settings, null, CancellationToken.None);
        var result = await run.RunAllAsync(null, CancellationToken.None);

        Assert.That(result.Count(Verdict.Fail), Is.GreaterThan(0), "the current API does not check a nonce the legacy contract requires");
    }

    [Test]
    public async Task ShardedRuns_MergeIntoOneGrid_WithTheirFailuresAndCurls()
    {
        using var folder = new TempFolder();
        var legacy = await SummaryOf(new ConformanceSettings { Filter = "dfns-legacy.*/positive/*" }, folder.Path, "legacy.json");
        var current = await SummaryOf(new ConformanceSettings { Filter = "dfns.*/positive/*,dfns.*/user-action/*", ReferenceFaults = ["dfns-current-user-action-forged-accepted"] }, folder.Path, "current.json");

        var merged = SummaryMerge.Read([legacy.Path, current.Path]);

        Assert.Multiple(() =>
        {
            Assert.That(merged.Info.Targets.Select(t => t.Name), Is.EqualTo(new[] { ReferenceApis.Main, ReferenceApis.Current }));
            Assert.That(merged.Scenarios.Select(s => (s.Target, s.Scenario.Id, s.Verdict)),
                Is.EqualTo(legacy.Result.Scenarios.Select(s => ((string?)ReferenceApis.Main, s.Scenario.Id, s.Verdict))
                    .Concat(current.Result.Scenarios.Select(s => ((string?)ReferenceApis.Current, s.Scenario.Id, s.Verdict)))));
            Assert.That(merged.Count(Verdict.Fail), Is.GreaterThan(0));
            Assert.That(FailureDetail.Of(merged).Select(f => f.Curl), Is.EqualTo(FailureDetail.Of(current.Result).Select(f => f.Curl)), "the same curl to reproduce each failure");
            Assert.That(ConformanceScore.For(ContractSection.Of(merged).Single(s => s.Contract == "dfns")), Is.EqualTo(ConformanceScore.For(ContractSection.Of(current.Result).Single()) with { Vendor = $"dfns @ {ReferenceApis.Current}" }));
            Assert.That(merged.Gaps.Count, Is.EqualTo(legacy.Result.Gaps.Count + current.Result.Gaps.Count));
        });
    }

    [Test]
    public void MergingASummaryOfAnotherSpecVersion_IsOneLine()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "summary.json");
        File.WriteAllText(path, """
            {"target":"http://127.0.0.1:1/","suiteVersion":"1","startedAt":"2026-01-01T00:00:00Z","finishedAt":"2026-01-01T00:00:01Z","parallelism":1,
             "specs":[{"vendor":"dfns","contract":"dfns","title":"t","version":"1","path":"specs/nowhere/openapi.yaml"}],
             "targets":[],"scenarios":[{"id":"dfns.x/positive/valid-request","contract":"dfns","verdict":"PASS","startedAt":"2026-01-01T00:00:00Z","judgements":[],"failures":[]}]}
            """);

        var error = Assert.Throws<MergeInputException>(() => SummaryMerge.Read([path]));

        Assert.That(error!.Message, Does.StartWith("merge: ").And.Contain("specs/nowhere/openapi.yaml not found").And.Not.Contain('\n'));
    }

    private static async Task<(string Path, RunResult Result)> SummaryOf(ConformanceSettings settings, string folder, string name)
    {
        await using var run = await MultiTargetRun.CreateAsync(settings, Conformance.Hosting.ReferenceTargetStarter.StartAsync, CancellationToken.None);
        var result = await run.RunAllAsync(null, CancellationToken.None);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, new SummaryJsonRenderer().Render(result, new ReportOptions()));
        return (path, result);
    }
}
