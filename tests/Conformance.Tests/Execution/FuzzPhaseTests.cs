using System.Text.Json.Nodes;
using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Execution;

namespace Conformance.Tests.Execution;

/// <summary>
/// The fuzzing phase against the reference target: the planted fault only generated requests
/// reach (<c>dfns-fuzz-payload-500</c>: a userActionPayload outside ASCII answers 500) is found,
/// shrunk to the smallest request and replayed identically from the seed; the faithful target
/// fuzzed gives no FAIL; a run without <c>--fuzz</c> has no fuzz scenario.
/// </summary>
[TestFixture]
[Category("Fuzz")]
[Parallelizable(ParallelScope.None)]
public sealed class FuzzPhaseTests
{
    private const string InitOperation = "dfns-legacy.auth.action.init";

    [Test]
    public async Task PlantedFaultIsFoundShrunkAndReplayedFromTheSeed()
    {
        var first = await FuzzAsync($"{InitOperation}/*", ["dfns-fuzz-payload-500"], 200, 1234);
        var second = await FuzzAsync($"{InitOperation}/*", ["dfns-fuzz-payload-500"], 200, 1234);
        var found = first.Scenarios.Single(s => s.Scenario.Id == $"{InitOperation}/fuzz/not_a_server_error");
        var again = second.Scenarios.Single(s => s.Scenario.Id == $"{InitOperation}/fuzz/not_a_server_error");
        var sent = JsonNode.Parse(found.Evidence!.Request.Body!);

        Assert.Multiple(() =>
        {
            // response/no-5xx is a convention (SHOULD) in the legacy spec: the finding is WARN, at the level its requirement allows.
            Assert.That(found.Verdict, Is.EqualTo(Verdict.Warn), found.Reason);
            Assert.That(found.Decisive.Select(d => d.RequirementId), Does.Contain($"{InitOperation}/response/no-5xx"));
            Assert.That(JsonNode.DeepEquals(sent, JsonNode.Parse("""{"userActionHttpMethod":"a","userActionHttpPath":"a","userActionPayload":"é"}""")), Is.True,
                $"shrunk to the smallest request; sent {sent?.ToJsonString()}");
            Assert.That(found.Scenario.Stimulus, Does.Contain("--seed 1234"));
            Assert.That(again.Scenario.Stimulus, Is.EqualTo(found.Scenario.Stimulus), "the same seed replays the same requests and the same smallest one");
            Assert.That(again.Evidence!.Request.Body, Is.EqualTo(found.Evidence.Request.Body));
            Assert.That(first.Info.Fuzz, Is.EqualTo(new FuzzInfo(200, 1234)));

            // A 5xx is not_a_server_error's finding alone; the other properties judge accepted or refused answers.
            Assert.That(first.Scenarios.Where(s => s.Scenario.Class == "fuzz" && s.Verdict is Verdict.Fail or Verdict.Warn).Select(s => s.Scenario.Variant),
                Is.EqualTo(new[] { "not_a_server_error" }));
        });
    }

    /// <summary>
    /// A fault caught only under our own reading is not caught: the fuzzing finding holds under
    /// every alternative reading of the legacy contract, each alone (the fault's declared
    /// undetectable readings excepted, none today).
    /// </summary>
    [Test]
    [Category("Readings")]
    public async Task PlantedFaultIsFound_UnderEveryReadingOfItsContract()
    {
        var fault = Conformance.ReferenceTarget.FaultCatalogue.All.Single(f => f.Name == "dfns-fuzz-payload-500");
        var readings = Conformance.ReferenceTarget.Readings.Catalogue
            .Where(r => r.Contract == fault.Contract && !fault.UndetectableUnder.ContainsKey(r.Name)).Select(r => r.Name).ToList();
        var missed = new System.Collections.Concurrent.ConcurrentBag<string>();

        await Parallel.ForEachAsync(readings, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (reading, ct) =>
        {
            var settings = new ConformanceSettings
            {
                Filter = $"{InitOperation}/positive/*", ReferenceFaults = [fault.Name], Parallelism = 2, Fuzz = 60, Seed = 1234, RenderHtml = false,
                ReportsDirectory = Path.Combine(Path.GetTempPath(), $"conformance-fuzz-{reading}-{Guid.NewGuid():N}"),
            };
            try
            {
                await using var run = await MultiTargetRun.CreateAsync(settings, Conformance.Hosting.ReferenceTargetStarter.Reading([reading]), ct);
                var result = await run.RunAllAsync(null, ct);
                var failing = result.Scenarios.Where(s => s.Verdict is Verdict.Fail or Verdict.Warn).SelectMany(s => s.Decisive).Select(d => d.RequirementId);
                if (!failing.Contains(fault.RequirementId)) missed.Add($"{reading}: [{string.Join(", ", failing)}]");
            }
            finally
            {
                if (Directory.Exists(settings.ReportsDirectory!)) Directory.Delete(settings.ReportsDirectory!, recursive: true);
            }
        });

        Assert.That(missed, Is.Empty, $"{readings.Count} readings");
    }

    [Test]
    public async Task FaithfulTargetFuzzedHasNoFailure()
    {
        var result = await FuzzAsync(null, [], 20, 1234);
        var fuzz = result.Scenarios.Where(s => s.Scenario.Class == "fuzz").ToList();
        var failures = result.Scenarios.Where(s => s.Verdict == Verdict.Fail).Select(s => $"{s.Scenario.Id}: {s.Scenario.Stimulus}");

        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(result.Unrestored, Is.Empty, "every fixture a generated request touched is restored");
            Assert.That(fuzz.Select(s => s.Scenario.Variant).Distinct(), Is.SupersetOf(new[]
            {
                "not_a_server_error", "response_schema_conformance", "negative_data_rejection", "positive_data_acceptance", "ignored_auth",
            }));
            Assert.That(fuzz.Count(s => s.Verdict == Verdict.Pass), Is.GreaterThan(20));
        });
    }

    [Test]
    public async Task RunWithoutFuzzHasNoFuzzScenario()
    {
        var result = await FuzzAsync($"{InitOperation}/*", [], 0, null);
        Assert.Multiple(() =>
        {
            Assert.That(result.Scenarios.Where(s => s.Scenario.Class == "fuzz"), Is.Empty);
            Assert.That(result.Info.Fuzz, Is.Null);
        });
    }

    private static async Task<RunResult> FuzzAsync(string? filter, IReadOnlyList<string> faults, int fuzz, int? seed)
    {
        var settings = new ConformanceSettings { Filter = filter, ReferenceFaults = faults, Parallelism = 4, Fuzz = fuzz, Seed = seed };
        await using var run = await MultiTargetRun.CreateAsync(settings, Conformance.Hosting.ReferenceTargetStarter.StartAsync, CancellationToken.None);
        return await run.RunAllAsync(null, CancellationToken.None);
    }
}
