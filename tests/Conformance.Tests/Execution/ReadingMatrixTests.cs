using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Hosting;
using Conformance.ReferenceTarget;

namespace Conformance.Tests.Execution;

/// <summary>
/// The suite against every alternative faithful reading of the documents (<see cref="Readings"/>):
/// a verdict that holds only under our own reading is not a verdict. Under each reading alone, and
/// under sets of compatible readings together, the whole suite reports no FAIL and leaves no fixture
/// unconfirmed or unrestored; each reading reports what specs/README.md says it should (PASS; WARN
/// where only our SHOULD-level decision disagrees; INCONCLUSIVE where the evidence cannot tell).
/// And every catalogued fault is still caught under every reading of its contract, its declared
/// requirement among the failures — unless the fault's declaration says why that reading hides it.
/// </summary>
/// <remarks>
/// Bounded for CI: a reading alone runs the contract it changes (a reading switches behaviour in one
/// module of the target only; the compatible sets run every contract); a fault × reading run runs
/// the scenarios that caught the fault without a reading, and when they miss, the fault's
/// operation's scenarios of the class that sees it (the whole operation for response and envelope
/// checks). Runs go in parallel, each with its own target; every run shares the loaded specs.
/// </remarks>
[TestFixture]
[Category("Faults")]
[Category("Readings")]
[Parallelizable(ParallelScope.None)]
public sealed class ReadingMatrixTests
{
    private static readonly int Width = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>
    /// The repository's specs, each loaded once and its scenarios generated once for every run of
    /// this fixture (the files do not change while it runs; a loaded spec is read only).
    /// </summary>
    private static readonly LoadedSpecs Loaded = new();

    /// <summary>contract id → its spec file, so a run loads only the spec it runs.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string>> SpecOf = new(() =>
        ContractSpecs.Repository.ToDictionary(path => Loaded.Load(path).Contract, path => path, StringComparer.Ordinal));

    [Test]
    public async Task EveryReading_AloneAndTogether_NoFail_NoUnconfirmedFixture()
    {
        var runs = Readings.Catalogue.Select(r => (Name: r.Name, Readings: (IReadOnlyList<string>)[r.Name], Contract: (string?)r.Contract, Expected: r.Expected))
            .Concat(Readings.CompatibleSets().Select((set, i) => (Name: $"together #{i + 1} ({set.Count} readings)", Readings: set, Contract: (string?)null, Expected: "")))
            .ToList();

        var clock = Stopwatch.StartNew();
        var results = await RunAllAsync(runs, r => (r.Readings, r.Contract, null, (IReadOnlyList<string>)[], null));
        clock.Stop();

        var problems = new List<string>();
        TestContext.Out.WriteLine($"{"reading",-44} {"expect",-12} {"scenarios",9} {"FAIL",5} {"WARN",5} {"INCONCL",7} {"SKIP",5}  unconfirmed");
        foreach (var (run, result) in runs.Zip(results))
        {
            var fail = result.Count(Verdict.Fail);
            var warn = result.Count(Verdict.Warn);
            var inconclusive = result.Count(Verdict.Inconclusive);
            TestContext.Out.WriteLine($"{run.Name,-44} {run.Expected,-12} {result.Scenarios.Count,9} {fail,5} {warn,5} {inconclusive,7} {result.Count(Verdict.Skip),5}  {result.Unrestored.Count}");
            foreach (var s in result.Scenarios.Where(s => s.Verdict is Verdict.Fail or Verdict.Warn or Verdict.Inconclusive))
            {
                TestContext.Out.WriteLine($"    {s.Verdict} {s.Scenario.Id}: {(s.Verdict == Verdict.Inconclusive ? s.Reason : string.Join("; ", s.Decisive.Select(f => $"{f.RequirementId} expected {f.Expected}, actual {f.Actual}")))}");
            }

            foreach (var reason in result.Scenarios.Where(s => s.Verdict == Verdict.Skip).GroupBy(s => s.Reason))
            {
                TestContext.Out.WriteLine($"    Skip ×{reason.Count()}: {reason.Key}");
            }

            if (fail > 0) problems.Add($"{run.Name}: {fail} FAIL");
            if (result.Unrestored.Count > 0) problems.Add($"{run.Name}: fixtures not restored or unconfirmed: {string.Join(", ", result.Unrestored.Select(u => $"{u.Id} ({u.Headline})"))}");
            switch (run.Expected)
            {
                case "PASS" when warn + inconclusive > 0:
                    problems.Add($"{run.Name}: expected PASS, got {warn} WARN and {inconclusive} INCONCLUSIVE");
                    break;
                case "WARN" when warn == 0:
                    problems.Add($"{run.Name}: expected WARN (the reading differs from a SHOULD-level decision), got none: is the reading switched on?");
                    break;
                case "INCONCLUSIVE" when warn > 0:
                    // INCONCLUSIVE where the evidence cannot tell: how many depends on which fixture
                    // and segment a read falls on (parallel scenarios), so none is no problem — the
                    // reading is proven live by ReferenceTarget's ReadingSwitchTests; a WARN is one.
                    problems.Add($"{run.Name}: expected no FAIL or WARN (INCONCLUSIVE at most), got {warn} WARN");
                    break;
                case "SKIP" when result.Count(Verdict.Skip) == 0:
                    problems.Add($"{run.Name}: expected SKIP, got none");
                    break;
            }
        }

        TestContext.Out.WriteLine($"{runs.Count} runs in {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        Assert.That(problems, Is.Empty);
    }

    /// <summary>
    /// CI: every fault under each compatible set of readings (together the sets hold every reading),
    /// less the readings the fault declares it cannot be told apart under.
    /// </summary>
    [Test]
    public async Task EveryFault_IsCaught_UnderEveryCompatibleSetOfReadings()
    {
        // A fault only generated requests reach (FoundBy fuzzing) is proven by FuzzPhaseTests, with --fuzz.
        var runs = FaultCatalogue.All.Where(f => f.FoundBy == FaultDescriptor.Scenarios)
            .SelectMany(f => Readings.CompatibleSets().Select((set, i) => (Fault: f, Label: $"set #{i + 1}",
                Readings: (IReadOnlyList<string>)set.Where(r => Readings.Find(r)!.Contract == f.Contract && !f.UndetectableUnder.ContainsKey(r)).ToList())))
            .ToList();
        await AssertCaughtAsync(runs, declared: []);
    }

    /// <summary>
    /// Every fault under every reading of its contract alone: about 1,200 runs, each with its own
    /// target, most on the one or two scenarios that show the fault (alone:
    /// <c>--filter TestCategory=ReadingMatrixFull</c>).
    /// </summary>
    [Test]
    [Category("ReadingMatrixFull")]
    public async Task EveryFault_IsCaught_UnderEveryReadingOfItsContractAlone()
    {
        var pairs = FaultCatalogue.All.Where(f => f.FoundBy == FaultDescriptor.Scenarios)
            .SelectMany(f => Readings.Catalogue.Where(r => r.Contract == f.Contract).Select(r => (Fault: f, Reading: r.Name)))
            .ToList();
        var declared = pairs.Where(p => p.Fault.UndetectableUnder.ContainsKey(p.Reading)).ToList();
        var runs = pairs.Except(declared).Select(p => (p.Fault, Label: p.Reading, Readings: (IReadOnlyList<string>)[p.Reading])).ToList();
        await AssertCaughtAsync(runs, declared);
    }

    /// <summary>
    /// Runs each fault × readings run, first on the scenarios that caught the fault without any
    /// reading (<see cref="CatchersAsync"/>), and again on every scenario that can see the fault
    /// (<see cref="VisibleTo"/>) when those miss it. A narrow run is a run of the suite like any
    /// other: its catch is a catch. It can never report a miss, because a miss is only reported
    /// once the whole filter has missed too; so the verdict of each pair is the one the whole
    /// filter gives, at the cost of the few scenarios that show the fault.
    /// </summary>
    private static async Task AssertCaughtAsync(IReadOnlyList<(FaultDescriptor Fault, string Label, IReadOnlyList<string> Readings)> runs, IReadOnlyList<(FaultDescriptor Fault, string Reading)> declared)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var catchers = await CatchersAsync(runs.Select(r => r.Fault).Distinct().ToList());
        var results = (await RunAllAsync(runs, p => (p.Readings, p.Fault.Contract, VisibleTo(p.Fault), [p.Fault.Name], catchers[p.Fault.Name]))).ToArray();
        var narrow = results.Select((r, i) => catchers[runs[i].Fault.Name] is null ? 0 : r.Scenarios.Count).Sum();
        var widened = Enumerable.Range(0, runs.Count).Where(i => catchers[runs[i].Fault.Name] is not null && !Caught(results[i], runs[i].Fault)).ToList();
        var wide = await RunAllAsync(widened.Select(i => runs[i]).ToList(), p => (p.Readings, p.Fault.Contract, VisibleTo(p.Fault), [p.Fault.Name], null));
        foreach (var (i, result) in widened.Zip(wide)) results[i] = result;
        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        var missed = new List<string>();
        foreach (var (run, result) in runs.Zip(results))
        {
            if (!Caught(result, run.Fault))
            {
                var failing = Failing(result);
                var seen = result.Scenarios.Select(s => $"{s.Scenario.Id}={s.Verdict}{(s.Reason is null ? "" : $" ({s.Reason})")}");
                missed.Add($"{run.Fault.Name} under {run.Label} [{string.Join(", ", run.Readings)}]: {run.Fault.RequirementId} not among the failures [{string.Join(", ", failing)}]; scenarios: {string.Join("; ", seen)}");
            }
        }

        TestContext.Out.WriteLine($"{runs.Select(r => r.Fault.Name).Distinct().Count()} faults, {runs.Count} fault × readings runs in {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({cpu.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s of CPU): {runs.Count - missed.Count} caught, {missed.Count} missed");
        TestContext.Out.WriteLine($"  {runs.Count - widened.Count} runs on the scenarios that catch the fault without a reading ({narrow} scenario runs), {widened.Count} run again on every scenario that can see it: {string.Join(", ", widened.Select(i => $"{runs[i].Fault.Name} under {runs[i].Label}"))}");
        foreach (var group in runs.GroupBy(p => p.Fault.Contract))
        {
            TestContext.Out.WriteLine($"  {group.Key}: {group.Select(p => p.Fault.Name).Distinct().Count()} faults × {group.Select(p => p.Label).Distinct().Count()} reading runs each");
        }

        foreach (var (fault, reading) in declared)
        {
            TestContext.Out.WriteLine($"  declared undetectable: {fault.Name} under {reading}: {fault.UndetectableUnder[reading]}");
        }

        foreach (var miss in missed)
        {
            TestContext.Out.WriteLine($"  MISSED {miss}");
        }

        Assert.That(missed, Is.Empty);
    }

    private static IReadOnlyList<string> Failing(RunResult result) =>
        result.Scenarios.Where(s => s.Verdict is Verdict.Fail or Verdict.Warn).SelectMany(s => s.Failures).Select(f => f.RequirementId).Distinct().ToList();

    /// <summary>
    /// What "caught" means: the fault's declared requirement is among the failures of a FAIL or
    /// WARN scenario — every failure a report lists for it (a SHOULD broken beside a MUST included:
    /// an unknown user answered 200 breaks the 200's schema at MUST and the refusal at SHOULD).
    /// </summary>
    private static bool Caught(RunResult result, FaultDescriptor fault) => Failing(result).Contains(fault.RequirementId);

    private static readonly Dictionary<string, IReadOnlySet<string>?> KnownCatchers = new(StringComparer.Ordinal);

    /// <summary>
    /// Per fault, the scenarios that catch it with no reading switched on: at most two of those
    /// whose failures carry its requirement, the ones that declare the requirement first. Null
    /// when none does (its runs then take every scenario that can see it). Learnt once per fault
    /// for the fixture's tests.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, IReadOnlySet<string>?>> CatchersAsync(IReadOnlyList<FaultDescriptor> faults)
    {
        var unknown = faults.Where(f => !KnownCatchers.ContainsKey(f.Name)).ToList();
        var results = await RunAllAsync(unknown, f => ([], f.Contract, VisibleTo(f), [f.Name], null));
        foreach (var (fault, result) in unknown.Zip(results))
        {
            var catching = result.Scenarios
                .Where(s => s.Verdict is Verdict.Fail or Verdict.Warn && s.Failures.Any(d => d.RequirementId == fault.RequirementId))
                .OrderByDescending(s => s.Scenario.Requirement.Id == fault.RequirementId || s.Scenario.Secondary.Any(r => r.Id == fault.RequirementId))
                .Select(s => s.Scenario.Id)
                .Take(2)
                .ToHashSet(StringComparer.Ordinal);
            KnownCatchers[fault.Name] = catching.Count > 0 ? catching : null;
        }

        return faults.ToDictionary(f => f.Name, f => KnownCatchers[f.Name], StringComparer.Ordinal);
    }

    [Test]
    public void EveryDeclaredUndetectableReading_IsAReadingOfTheFaultsContract()
    {
        var wrong = FaultCatalogue.All.SelectMany(f => f.UndetectableUnder.Keys.Where(r => Readings.Find(r)?.Contract != f.Contract).Select(r => $"{f.Name}: {r}"));
        Assert.That(wrong, Is.Empty);
    }

    /// <summary>The scenarios that can see a fault: its operation's scenarios of the requirement's class, or all of the operation's for response and envelope checks.</summary>
    private static string VisibleTo(FaultDescriptor fault)
    {
        var kind = fault.RequirementKey.Split('/')[0];
        var operation = $"{fault.Contract}.{fault.OperationId}";
        return kind is "response" or "envelope" ? $"{operation}/*" : $"{operation}/{kind}/*";
    }

    /// <param name="runs">What to run.</param>
    /// <param name="plan">Per run: the readings, the one contract to run (null: every contract), a scenario filter, the faults and the only scenarios to run (null: all the filter matches).</param>
    private static async Task<IReadOnlyList<RunResult>> RunAllAsync<T>(IReadOnlyList<T> runs,
        Func<T, (IReadOnlyList<string> Readings, string? Contract, string? Filter, IReadOnlyList<string> Faults, IReadOnlySet<string>? Only)> plan)
    {
        var results = new ConcurrentDictionary<int, RunResult>();
        var reports = Directory.CreateTempSubdirectory("conformance-readings-").FullName;
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, runs.Count), new ParallelOptions { MaxDegreeOfParallelism = Width }, async (i, ct) =>
            {
                var (readings, contract, filter, faults, only) = plan(runs[i]);
                var settings = new ConformanceSettings
                {
                    Specs = contract is null ? [] : [SpecOf.Value[contract]],
                    Filter = filter, OnlyScenarios = only, ReferenceFaults = faults, Parallelism = 4, RenderHtml = false,
                    ReportsDirectory = Path.Combine(reports, i.ToString(CultureInfo.InvariantCulture)),
                };
                await using var run = await MultiTargetRun.CreateAsync(settings, ReferenceTargetStarter.Reading(readings), Loaded, ct);
                results[i] = await run.RunAllAsync(null, ct);
            });
        }
        finally
        {
            Directory.Delete(reports, recursive: true);
        }

        return Enumerable.Range(0, runs.Count).Select(i => results[i]).ToList();
    }
}
