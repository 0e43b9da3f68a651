using System.Text;
using Conformance.Checks;
using Conformance.Scenarios;
using Conformance.Scenarios.Fuzzing;
using Conformance.Scenarios.Plans;
using Conformance.Spec;
using CsCheck;

namespace Conformance.Execution.Fuzzing;

/// <summary>
/// Fuzzes one operation: N inputs from its CsCheck generator, each sent as a one-request
/// scenario (so the fixture is leased, prepared, watched and restored as for every scenario);
/// each property broken is then shrunk — first CsCheck's way (more inputs from the same PCG,
/// kept when smaller by CsCheck's size and still failing), then by trying simpler values one
/// step at a time — and reported with the smallest failing request. Everything is drawn from one
/// PCG seeded by the run's seed and the operation's id, one request after the other, so the same
/// seed against the same target replays the same requests and finds the same smallest one.
/// </summary>
internal sealed class OperationFuzzer(VendorSession session, Func<Scenario, CancellationToken, Task<ScenarioResult>> run, ApiOperation operation, FuzzSettings settings)
{
    private readonly ApiDocument document = session.Document;
    private readonly GenerationContext context = new(session.Document, GeneratorOptions.Default);
    private int sent;
    private int searched;

    public async Task<IReadOnlyList<ScenarioResult>> RunAsync(CancellationToken ct)
    {
        var started = session.Time.GetUtcNow();
        var deadline = started + settings.OperationBudget;
        var refusalsOnly = operation.Semantics.ChangesState;
        var (model, reason) = new SchemaRequestGenerators(document).For(operation, session.ValidRequest(operation), refusalsOnly);
        if (model is null) return [Skipped(FuzzProperties.NotAServerError, $"nothing to fuzz: {reason}", started)];

        var pcg = new PCG(Stream(document.Contract, operation.Slug), unchecked((ulong)(uint)settings.Seed));
        var passes = FuzzProperties.All.ToDictionary(p => p, _ => 0);
        var undecided = FuzzProperties.All.ToDictionary(p => p, _ => 0);
        var failures = new Dictionary<string, FuzzTrial>();
        for (var i = 0; i < settings.PerOperation && !Over(deadline, ct); i++)
        {
            var caseSeed = pcg.ToString();
            var input = model.Gen.Generate(pcg, null!, out var size);
            var @case = model.Build(input);
            if (!Sendable(@case, refusalsOnly)) continue;
            var trial = new FuzzTrial(@case, size, caseSeed, await SendAsync(@case, ct));
            foreach (var property in Properties(@case, refusalsOnly))
            {
                switch (Judged(trial.Result, property))
                {
                    case true:
                        failures.TryAdd(property, trial);
                        break;
                    case false:
                        passes[property]++;
                        break;
                    default:
                        undecided[property]++;
                        break;
                }
            }
        }

        searched = sent;
        var results = new List<ScenarioResult>();
        foreach (var property in FuzzProperties.All)
        {
            if (failures.TryGetValue(property, out var first))
            {
                var (smallest, shrinks) = await ShrinkAsync(model, first, property, refusalsOnly, pcg, deadline, ct);
                results.Add(Failed(property, smallest, shrinks, started));
            }
            else if (passes[property] > 0)
            {
                results.Add(Passed(property, passes[property], started));
            }
            else if (undecided[property] > 0)
            {
                results.Add(Undecided(property, undecided[property], started));
            }
            else if (property != FuzzProperties.PositiveDataAcceptance || !refusalsOnly)
            {
                results.Add(Skipped(property, NoneOfKind(property), started));
            }
        }

        return results;
    }

    /// <summary>The smallest failing trial found within the budget, and how many times it got smaller.</summary>
    private async Task<(FuzzTrial Smallest, int Shrinks)> ShrinkAsync(FuzzModel model, FuzzTrial first, string property, bool refusalsOnly, PCG pcg, DateTimeOffset deadline, CancellationToken ct)
    {
        var best = first;
        var shrinks = 0;

        // CsCheck's shrinking: keep drawing; an input of smaller size that still fails replaces the best.
        var drawn = 0;
        for (var tried = 0; tried < settings.PerOperation && drawn < settings.PerOperation * 20 && !Over(deadline, ct); drawn++)
        {
            var caseSeed = pcg.ToString();
            var input = model.Gen.Generate(pcg, best.Size, out var size);
            if (!Size.IsLessThan(size, best.Size)) continue;
            var @case = model.Build(input);
            if (!Sendable(@case, refusalsOnly) || !Properties(@case, refusalsOnly).Contains(property)) continue;
            tried++;
            var trial = new FuzzTrial(@case, size, caseSeed, await SendAsync(@case, ct));
            if (Judged(trial.Result, property) == true)
            {
                best = trial;
                shrinks++;
            }
        }

        // Then one step at a time: the first simpler input that still fails the same way, until none does.
        var steps = 0;
        var improved = true;
        while (improved && steps < settings.MinimizeSteps && !Over(deadline, ct))
        {
            improved = false;
            foreach (var input in model.Simpler(best.Case.Input))
            {
                if (steps >= settings.MinimizeSteps || Over(deadline, ct)) break;
                var @case = model.Build(input);
                if (!Sendable(@case, refusalsOnly) || !Properties(@case, refusalsOnly).Contains(property) || !SameKind(@case, best.Case, property)) continue;
                steps++;
                var trial = new FuzzTrial(@case, best.Size, best.CaseSeed, await SendAsync(@case, ct));
                if (Judged(trial.Result, property) != true) continue;
                best = trial;
                shrinks++;
                improved = true;
                break;
            }
        }

        return (best, shrinks);
    }

    private bool Over(DateTimeOffset deadline, CancellationToken ct) => ct.IsCancellationRequested || session.Time.GetUtcNow() > deadline;

    /// <summary>A request an operation that changes state must accept is never sent to it: only refusals are tested there.</summary>
    private static bool Sendable(FuzzCase @case, bool refusalsOnly) => !(refusalsOnly && @case.Class == FuzzClass.Valid);

    private static IEnumerable<string> Properties(FuzzCase @case, bool refusalsOnly)
    {
        yield return FuzzProperties.NotAServerError;
        yield return FuzzProperties.ResponseSchemaConformance;
        if (FuzzProperties.Expectation(@case.Class) is { } expected && !(refusalsOnly && expected == FuzzProperties.PositiveDataAcceptance)) yield return expected;
    }

    /// <summary>A simpler ignored-auth request breaks the same scheme the same way (the requirement differs otherwise).</summary>
    private static bool SameKind(FuzzCase candidate, FuzzCase best, string property) =>
        property != FuzzProperties.IgnoredAuth || candidate.Input.AuthBreak == best.Input.AuthBreak;

    /// <summary>Whether the property broke on this result: true (FAIL or WARN), false (held), null (could not tell).</summary>
    private static bool? Judged(ScenarioResult result, string property)
    {
        var checks = FuzzProperties.Checks(property);
        var outcomes = result.Outcomes.Where(o => checks.Contains(o.Check)).ToList();
        if (result.Verdict is Verdict.Skip || outcomes.Count == 0) return null;

        // A 5xx is not_a_server_error's finding; the other properties judge accepted or refused answers only.
        if (property is not (FuzzProperties.NotAServerError or FuzzProperties.ResponseSchemaConformance)
            && result.Exchanges.LastOrDefault(e => e.Label.StartsWith("stimulus", StringComparison.Ordinal))?.Status >= 500) return null;
        return Judge.Decide(outcomes) switch
        {
            Verdict.Fail or Verdict.Warn => true,
            Verdict.Pass => result.Verdict == Verdict.Inconclusive && result.Outcomes.Any(o => o.Check is "request_setup" or "prepare_fixture" or "engine_error") ? null : false,
            _ => null,
        };
    }

    private async Task<ScenarioResult> SendAsync(FuzzCase @case, CancellationToken ct)
    {
        sent++;
        return await run(CaseScenario(@case), ct);
    }

    /// <summary>One generated request as a scenario: its requirement by class, the checks that judge it, its fixture.</summary>
    private Scenario CaseScenario(FuzzCase @case)
    {
        var guard = context.GuardFixture(operation);
        var (requirement, fixture) = @case.Class switch
        {
            FuzzClass.Valid => (FuzzProperties.PositiveAccepted(document, operation), PositiveFixture()),
            FuzzClass.Invalid => (context.Requirements.Require(operation, "schema/invalid-rejected"), guard),
            FuzzClass.AuthBroken => (context.Requirements.Require(operation, @case.OmitsScheme ? "auth/missing-rejected" : "auth/invalid-rejected", null, @case.BrokenScheme), guard),
            _ => (context.Requirements.Require(operation, "response/no-5xx"), guard),
        };
        if (!@case.Request.UsesFixture) fixture = null;
        List<string> checks = [CheckNames.NoServerError, CheckNames.ResponseSchema];
        if (@case.Class != FuzzClass.FormatOnly) checks.Insert(0, CheckNames.ExpectedStatus);
        if (@case.Class is FuzzClass.Invalid or FuzzClass.AuthBroken && fixture?.StartState is not null) checks.Add(CheckNames.StateUnchanged);
        return new Scenario($"{document.Contract}.{operation.Slug}/{FuzzProperties.Class}/case", document.Vendor, operation, FuzzProperties.Class, "case",
            $"sends a generated request: {@case.Input.Describe()}", requirement, checks, new SingleRequestPlan(@case.Request, @case.Auth, fixture), fixture?.Kind)
        {
            Contract = document.Contract,
        };
    }

    /// <summary>As for the positive scenario: a read that is a probe answers 2xx only in some states.</summary>
    private FixtureNeed? PositiveFixture()
    {
        var start = operation.Probe?.States.FirstOrDefault(s => s.Status is null or (>= 200 and < 300))?.Name ?? context.FromState(operation);
        return context.FixtureKind(operation) is { } kind ? new FixtureNeed(kind, start) : null;
    }

    private Scenario PropertyScenario(string property, string stimulus, SingleRequestPlan? plan = null) =>
        new($"{document.Contract}.{operation.Slug}/{FuzzProperties.Class}/{property}", document.Vendor, operation, FuzzProperties.Class, property, stimulus,
            Requirement(property), FuzzProperties.Checks(property), plan ?? new SingleRequestPlan(session.ValidRequest(operation), Auth.AuthPlan.Valid, null), null)
        {
            Contract = document.Contract,
        };

    private ResolvedRequirement Requirement(string property) => property switch
    {
        FuzzProperties.NotAServerError => context.Requirements.Require(operation, "response/no-5xx"),
        FuzzProperties.ResponseSchemaConformance => context.Requirements.Require(operation, "response/schema-valid"),
        FuzzProperties.NegativeDataRejection => context.Requirements.Require(operation, "schema/invalid-rejected"),
        FuzzProperties.PositiveDataAcceptance => FuzzProperties.PositiveAccepted(document, operation),
        _ => context.Requirements.Require(operation, "auth/missing-rejected"),
    };

    private ScenarioResult Failed(string property, FuzzTrial smallest, int shrinks, DateTimeOffset started)
    {
        var checks = FuzzProperties.Checks(property);
        var outcomes = smallest.Result.Outcomes.Where(o => checks.Contains(o.Check)).ToList();
        var verdict = Judge.Decide(outcomes);
        var stimulus = new StringBuilder()
            .Append($"sends {searched} generated requests (--seed {settings.Seed}); the smallest that breaks it, after {shrinks} shrinks (CsCheck seed {smallest.CaseSeed}): ")
            .Append(smallest.Case.Input.Describe())
            .ToString();
        return new ScenarioResult(PropertyScenario(property, stimulus, (SingleRequestPlan)smallest.Result.Scenario.Plan), verdict, outcomes, smallest.Result.Exchanges,
            Judge.Reason(verdict, outcomes), started, session.Time.GetUtcNow() - started);
    }

    private ScenarioResult Passed(string property, int count, DateTimeOffset started)
    {
        var requirement = Requirement(property);
        var outcome = Outcomes.Pass(property, requirement, $"{count} generated requests of this kind, none broke it");
        return new ScenarioResult(PropertyScenario(property, $"sends {searched} generated requests (--seed {settings.Seed}); {count} judged for {property}"), Verdict.Pass, [outcome], [], null,
            started, session.Time.GetUtcNow() - started);
    }

    private ScenarioResult Undecided(string property, int count, DateTimeOffset started)
    {
        var reason = $"none of the {count} generated requests of this kind could be judged (throttled, unanswered or not set up)";
        var outcome = Outcomes.Inconclusive(property, Requirement(property), reason);
        return new ScenarioResult(PropertyScenario(property, $"sends {searched} generated requests (--seed {settings.Seed})"), Verdict.Inconclusive, [outcome], [], reason,
            started, session.Time.GetUtcNow() - started);
    }

    private ScenarioResult Skipped(string property, string reason, DateTimeOffset started) =>
        new(PropertyScenario(property, $"sends {searched} generated requests (--seed {settings.Seed})"), Verdict.Skip, [], [], reason, started, session.Time.GetUtcNow() - started);

    private static string NoneOfKind(string property) => property switch
    {
        FuzzProperties.NegativeDataRejection => "no generated request broke the schemas (the operation has nothing to break, or the budget ran out)",
        FuzzProperties.PositiveDataAcceptance => "no generated request was valid against the schemas",
        FuzzProperties.IgnoredAuth => "the operation has no credential-carrying security scheme to leave out or forge",
        _ => "no generated request was sent (the budget ran out or the run stopped)",
    };

    /// <summary>A PCG stream per operation (FNV-1a of its id): operations draw independent sequences from one seed.</summary>
    internal static uint Stream(string contract, string operation)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes($"{contract}.{operation}")) hash = unchecked((hash ^ b) * 16777619u);
        return hash;
    }
}
