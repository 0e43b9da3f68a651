using System.Diagnostics;
using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Tests.RealSpecs;

/// <summary>
/// The suite in generic mode against a Stoplight Prism mock of each real spec of shared/specs
/// (issue 11, item 8). Prism answers schema-valid examples to valid requests, so every FAIL left
/// is either a true deviation of the mock from its spec or our own false alarm: each must be
/// listed in Fixtures/prism-known-fails.yaml with the reason, and none may be our false alarm.
/// </summary>
[TestFixture]
[Category("RealSpecs")]
public sealed class RealSpecsAgainstPrismTests
{
    // Prism answers in milliseconds on the loopback; it never answers a malformed JSON body at all
    // (those scenarios are INCONCLUSIVE), so a short timeout keeps the run bounded.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan PrismStart = TimeSpan.FromSeconds(120);
    private const int Parallelism = 8;

    private static IEnumerable<string> ListedSpecs() => KnownFails.Load().Keys;

    [Test]
    public void EverySharedSpec_IsListedWithItsKnownFails()
    {
        var (folder, missing) = SharedSpecs.Folder();
        if (folder is null) Assert.Ignore(missing!);

        Assert.That(SharedSpecs.Files(folder).Select(Path.GetFileName), Is.EquivalentTo(ListedSpecs()),
            "every spec of shared/specs is run against Prism; list it in RealSpecs/Fixtures/prism-known-fails.yaml (with no entries when it has no FAIL)");
    }

    [Test]
    public void EveryKnownFail_SaysWhy()
    {
        var entries = KnownFails.Load().Values.SelectMany(e => e).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(entries.Where(e => e.Reason.Length < 40).Select(e => e.Describe()), Is.Empty, "a reason of a sentence at least");
            Assert.That(entries.Where(e => e.Scenarios.Any(s => s == "*")).Select(e => e.Describe()), Is.Empty, "no entry may excuse every scenario");
        });
    }

    [TestCaseSource(nameof(ListedSpecs))]
    [CancelAfter(900_000)]
    public async Task AgainstItsPrismMock_EveryFailIsAKnownTrueDeviation(string specName, CancellationToken cancellationToken)
    {
        var (folder, missingSpecs) = SharedSpecs.Folder();
        if (folder is null) Assert.Ignore(missingSpecs!);
        var (cli, missingPrism) = SharedSpecs.Prism();
        if (cli is null) Assert.Ignore(missingPrism!);
        var spec = Path.Combine(folder, specName);
        if (!File.Exists(spec)) Assert.Fail($"{specName} is listed in prism-known-fails.yaml but not in {folder}");

        var known = KnownFails.Load()[specName];
        var clock = Stopwatch.StartNew();
        var result = await RunAgainstPrismAsync(spec, cli, cancellationToken);
        var fails = result.Scenarios.Where(s => s.Verdict == Verdict.Fail)
            .SelectMany(s => s.Decisive.Select(o => new Fail(s, o)))
            .ToList();
        var unexplained = fails.Where(f => !known.Any(k => k.Matches(f.ScenarioId, f.Outcome.Check, f.Status))).ToList();
        var byKind = fails.GroupBy(f => known.FirstOrDefault(k => k.Matches(f.ScenarioId, f.Outcome.Check, f.Status))?.Kind ?? "unexplained")
            .ToDictionary(g => g.Key, g => g.Select(f => f.ScenarioId).Distinct().Count());
        var stale = known.Where(k => !fails.Any(f => k.Matches(f.ScenarioId, f.Outcome.Check, f.Status))).ToList();

        TestContext.Out.WriteLine($"{specName}: {result.SummaryLine} in {clock.Elapsed.TotalSeconds:0} s (Prism start included)");
        TestContext.Out.WriteLine($"FAIL scenarios by kind: {string.Join(", ", byKind.Select(k => $"{k.Key} {k.Value}"))}");
        foreach (var entry in stale) TestContext.Out.WriteLine($"no longer seen: {entry.Describe()}");
        foreach (var fail in unexplained) TestContext.Out.WriteLine($"unexplained: {fail.Describe()}");
        foreach (var fail in fails.Where(f => known.Any(k => k.Kind == KnownFail.Pending && k.Matches(f.ScenarioId, f.Outcome.Check, f.Status))))
        {
            TestContext.Out.WriteLine($"pending: {fail.Describe()}");
        }

        Assert.Multiple(() =>
        {
            Assert.That(result.NothingTested, Is.False, result.NothingTestedReason);
            Assert.That(unexplained.Select(f => f.Describe()), Is.Empty,
                "FAILs that are not a listed true deviation of Prism: a false alarm of the suite to fix, or a deviation to list with its reason in RealSpecs/Fixtures/prism-known-fails.yaml");
            Assert.That(fails.Where(f => f.Outcome.Check == CheckNames.StatusDocumented && f.Scenario.Scenario.Requirement.Expect?.Status.Matches(200) == false).Select(f => f.Describe()), Is.Empty,
                "an undocumented refusal status is a documentation gap, never a FAIL");
        });

        // A pending entry disappears when our requests become valid: say so, it is to be removed.
        var stalePending = stale.Where(e => e.Kind == KnownFail.Pending).ToList();
        if (stalePending.Count > 0) Assert.Warn($"{stalePending.Count} pending entries of {specName} are no longer seen; remove them: {string.Join("; ", stalePending.Select(e => e.Describe()))}");
        var staleDeviations = stale.Where(e => e.Kind == KnownFail.Deviation).ToList();
        if (staleDeviations.Count > 0) Assert.Warn($"{staleDeviations.Count} deviation entries of {specName} were not seen in this run (a timeout on a loaded machine, or the entry is obsolete): {string.Join("; ", staleDeviations.Select(e => e.Describe()))}");
    }

    private static async Task<RunResult> RunAgainstPrismAsync(string spec, string cli, CancellationToken cancellationToken)
    {
        var document = SpecLoader.Load(spec);
        var profile = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"prism-profile-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(profile, DummyProfile.For(document), cancellationToken);
        try
        {
            await using var prism = await PrismMock.StartAsync(SharedSpecs.Node()!, cli, spec, PrismStart, cancellationToken);
            var settings = new ConformanceSettings
            {
                Target = prism.BaseUrl,
                Profile = profile,
                Specs = [spec],
                Parallelism = Parallelism,
                RequestTimeout = RequestTimeout,
            };
            await using var run = await ConformanceRun.CreateAsync(settings, null, cancellationToken);
            return await run.RunAllAsync(null, cancellationToken);
        }
        finally
        {
            File.Delete(profile);
        }
    }

    private sealed record Fail(ScenarioResult Scenario, CheckOutcome Outcome)
    {
        public string ScenarioId => Scenario.Scenario.Id;

        public int? Status => Outcome.ExchangeIndex is { } i && i < Scenario.Exchanges.Count ? Scenario.Exchanges[i].Status : Scenario.Evidence?.Status;

        public string Describe() =>
            $"{ScenarioId} {Outcome.Check}: {Outcome.Title}; expected {Outcome.Expected}; actual {Trim(Outcome.Actual)} ({Scenario.Evidence?.Request.Method} {Scenario.Evidence?.Request.Url})";

        private static string Trim(string? text) => text is null ? "" : text.Length > 300 ? text[..300] + "…" : text;
    }
}
