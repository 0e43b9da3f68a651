using Conformance.Auth;
using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Http;
using Conformance.Scenarios;
using Conformance.Scenarios.Plans;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Execution;

/// <summary>
/// One scenario in progress: follows its plan step by step and gathers the evidence (every
/// exchange, the fixture's state at each moment with what established it) for the checks.
/// Every request that may change the leased fixture is journaled before it is sent.
/// </summary>
internal sealed class ScenarioRun(Scenario scenario, VendorSession session, StateReader reader)
{
    private readonly Dictionary<string, Observation> othersBefore = [];
    private readonly Dictionary<string, string?> othersAfter = [];
    private FixtureLease? lease;

    public Scenario Scenario { get; } = scenario;

    public List<Exchange> Exchanges { get; } = [];

    public List<CheckOutcome> Problems { get; } = [];

    public string? Skip { get; private set; }

    /// <summary>The leased fixture under watch (null before the lease or without a fixture).</summary>
    public FixtureWatch? Watch { get; private set; }

    private FixtureRef? Fixture => lease?.Fixture;

    /// <summary>The other fixtures' states before the stimulus (restored after a scenario that watched them).</summary>
    public IReadOnlyDictionary<string, Observation> OthersBefore => othersBefore;

    public ScenarioEvidence Evidence()
    {
        var readings = Watch?.Timeline.Readings() ?? new Dictionary<string, StateReading>();
        var states = readings.ToDictionary(r => r.Key, r => r.Value.State);
        return new ScenarioEvidence(Exchanges, states, Fixture, othersBefore.ToDictionary(o => o.Key, o => o.Value.State), othersAfter)
        {
            Readings = readings,
            TargetBasePath = OperationMatcher.BasePathOf(session.Transport.BaseUrl),
        };
    }

    public async Task PrepareAsync(FixtureLease leased, FixtureNeed need, CancellationToken cancellationToken)
    {
        lease = leased;
        Watch = new FixtureWatch(session, leased.Fixture, Scenario.Id);
        if (!reader.CanRead(need.Kind)) return;
        var before = await ObserveAsync(leased.Fixture, "probe: before", cancellationToken);
        if (before.SkipReason is not null)
        {
            Skip = before.SkipReason;
            return;
        }

        var start = need.StartState;
        var changer = new StateChanger(session, reader);

        // Without the starting state nothing could be put back: change nothing — unless the profile
        // declares it (the operator's word stands for the read) and the target's own documented
        // answers can tell every state the scenario passes through (Dfns: 200 "success" to activate
        // says active, to deactivate inactive), so the fixture is prepared and put back on those
        // answers instead of a read.
        if (before.State is null)
        {
            if (UnreadableBlocker(Scenario.Operation, leased.Fixture, need, changer) is { } blocker)
            {
                Skip = $"the state of {need.Kind} {leased.Fixture.Id} could not be read before the scenario ({before.Evidence}); {blocker}; nothing was changed";
                return;
            }

            before = before with { State = leased.Fixture.State, Documented = true, Evidence = $"the profile declares it (no probe could read it: {before.Evidence})" };
        }

        Watch.Read(before);

        // A read that is only our reading is confirmed by the documented answer of the operation
        // to the start state (senhasegura: 200 "…activated" or 400 "1043: …already activated").
        var settled = start is null || (before.State == start && (before.Documented || !changer.AnswerConfirms(need.Kind, start)));
        if (!settled)
        {
            var skip = await changer.BringAsync(Watch, start!, "setup: prepare", Exchanges, cancellationToken);
            if (skip is not null)
            {
                Skip = skip;
                return;
            }
        }

        Watch.Timeline.Mark(ScenarioEvidence.Before);
        var prepared = Watch.Timeline.Reading(ScenarioEvidence.Before);
        if (start is not null && prepared.State != start)
        {
            var via = changer.OperationTo(need.Kind, start);
            var requirement = via is null ? Scenario.Requirement : new RequirementResolver(session.Document).Require(via, "state/transition");
            Problems.Add(new CheckOutcome("prepare_fixture", CheckStatus.Inconclusive, requirement.Id, requirement.Level,
                $"could not put {need.Kind} {leased.Fixture.Id} in state {start} with {via?.Slug ?? "(no operation leads there)"}",
                start, prepared.Describe()));
        }
    }

    /// <summary>Why a fixture no probe could read must not be changed, or null when documented answers can carry it.</summary>
    private static string? UnreadableBlocker(ApiOperation operation, FixtureRef fixture, FixtureNeed need, StateChanger changer)
    {
        // The read's own scenarios judge the read: one that cannot tell a state has nothing to judge.
        if (operation.Probe?.Kind == need.Kind) return $"{operation.Slug} is the read itself";
        if (fixture.State is not { } declared) return "the profile declares no state for it (a fixture's `state`)";
        if (!changer.AnswerConfirms(need.Kind, declared)) return $"no documented answer could confirm it back in state {declared}";
        if (need.StartState is { } start && !changer.AnswerConfirms(need.Kind, start)) return $"no documented answer could confirm the start state {start}";
        return null;
    }

    public Task FollowAsync(CancellationToken cancellationToken) => Problems.Count > 0 ? Task.CompletedTask : Scenario.Plan switch
    {
        SingleRequestPlan p => SingleAsync(p, cancellationToken),
        RepeatPlan p => OnceThenReadAsync(p.Request, cancellationToken),
        TransitionPlan p => TransitionAsync(p, cancellationToken),
        NonceReplayPlan p => NonceReplayAsync(p, cancellationToken),
        NonceCrossReplayPlan p => CrossReplayAsync(p, cancellationToken),
        ConcurrentReplayPlan p => BurstAsync(p, cancellationToken),
        UserActionReusePlan p => ReuseAsync(p, cancellationToken),
        AuthFlowPlan p => AuthFlowAsync(p, cancellationToken),
        _ => throw new NotSupportedException($"no executor for {Scenario.Plan.GetType().Name}"),
    };

    private async Task SingleAsync(SingleRequestPlan plan, CancellationToken ct)
    {
        await SendAsync(Scenario.Operation, plan.Request, plan.Auth, plan.FixtureIdOverride ?? Fixture?.Id, "stimulus", ct);
        if (plan.Fixture?.StartState is not null) await ReadAsync(ScenarioEvidence.After, ct);
    }

    private async Task OnceThenReadAsync(RequestTemplate request, CancellationToken ct)
    {
        await SendAsync(Scenario.Operation, request, AuthPlan.Valid, Fixture?.Id, "stimulus", ct);
        await ReadAsync(ScenarioEvidence.After, ct);
    }

    private async Task TransitionAsync(TransitionPlan plan, CancellationToken ct)
    {
        if (plan.Fixture.WatchOthers) await ReadOthersBeforeAsync(ct);
        await OnceThenReadAsync(plan.Request, ct);
        if (plan.Fixture.WatchOthers) await ReadOthersAfterAsync(ct);
        if (plan.InverseOperation is not null && session.Document.FindOperation(plan.InverseOperation) is { } inverse)
        {
            await SendAsync(inverse, Template(inverse), AuthPlan.Valid, Fixture?.Id, "step: inverse", ct);
            await ReadAsync(ScenarioEvidence.AfterInverse, ct);
        }
    }

    private async Task NonceReplayAsync(NonceReplayPlan plan, CancellationToken ct)
    {
        var first = await SendAsync(Scenario.Operation, plan.First, AuthPlan.Valid, Fixture?.Id, "step: first use of the nonce", ct);
        if (first?.Nonce is not { } nonce) return;
        if (plan.ResetOperation is not null && Fixture is not null && session.Document.FindOperation(plan.ResetOperation) is { } reset)
        {
            await SendAsync(reset, Template(reset), AuthPlan.Valid, Fixture.Id, "step: undo with a fresh nonce", ct);
            await ReadAsync(ScenarioEvidence.BeforeReplay, ct);
        }

        // The replay: the same operation and body, a fresh one-time token, the used nonce.
        await SendAsync(Scenario.Operation, plan.First, AuthPlan.Valid with { Nonce = nonce }, Fixture?.Id, "stimulus", ct);
        if (plan.ResetOperation is not null && Fixture is not null) await ReadAsync(ScenarioEvidence.After, ct);
    }

    private async Task CrossReplayAsync(NonceCrossReplayPlan plan, CancellationToken ct)
    {
        if (session.Document.FindOperation(plan.DonorOperation) is not { } donor) return;
        var first = await SendAsync(donor, plan.Donor, AuthPlan.Valid, null, $"step: first use of the nonce on {donor.Slug}", ct);
        if (first?.Nonce is not { } nonce) return;
        if (Exchanges[^1].Status is not (>= 200 and < 300))
        {
            // Only a nonce the target accepted can be replayed.
            Problems.Add(new CheckOutcome("request_setup", CheckStatus.Inconclusive, Scenario.Requirement.Id, Scenario.Requirement.Level,
                $"the nonce was not accepted on {donor.Slug}, so there is nothing to replay", "a 2xx answer to the first use", Outcomes.Describe(Exchanges[^1]), Exchanges.Count - 1));
            return;
        }

        await SendAsync(Scenario.Operation, plan.Request, AuthPlan.Valid with { Nonce = nonce }, Fixture?.Id, "stimulus", ct);
        if (plan.Fixture?.StartState is not null) await ReadAsync(ScenarioEvidence.After, ct);
    }

    private async Task BurstAsync(ConcurrentReplayPlan plan, CancellationToken ct)
    {
        var rules = NonceRules(Scenario.Operation);
        var shared = rules is null ? null : NonceStimuli.Fresh(rules, session.Time);
        var prepared = new List<AuthorizedRequest>();
        for (var i = 0; i < plan.Burst; i++)
        {
            var authorized = await AuthorizeAsync(Scenario.Operation, plan.Request, AuthPlan.Valid with { Nonce = shared }, Fixture?.Id, ct);
            if (authorized is null) return;
            prepared.Add(authorized);
        }

        // Released together: the race a check-then-insert store loses needs requests in flight at once.
        var changes = ChangesFixture(Scenario.Operation, Fixture?.Id);
        if (changes) Watch!.BeforeChange();
        var sent = await Task.WhenAll(prepared.Select((a, i) => session.Transport.SendAsync(a.Request, $"stimulus #{i + 1}", ct)));
        Exchanges.AddRange(sent.Select(s => s.Recorded));

        // Several answers, in an order nobody knows: only a read can tell the state now.
        if (changes) Watch!.Answered(Scenario.Operation, null, underTest: true);
    }

    private async Task ReuseAsync(UserActionReusePlan plan, CancellationToken ct)
    {
        var first = await SendAsync(Scenario.Operation, plan.Request, AuthPlan.Valid, Fixture?.Id, "step: first use of the token", ct);
        if (first?.UserActionToken is not { } token) return;
        if (plan.ResetOperation is not null && Fixture is not null && session.Document.FindOperation(plan.ResetOperation) is { } reset)
        {
            // Undone first, so the reuse would succeed with a fresh token: only the token can make it fail.
            await SendAsync(reset, Template(reset), AuthPlan.Valid, Fixture.Id, "step: undo with a fresh token", ct);
        }

        await SendAsync(Scenario.Operation, plan.Request, AuthPlan.Valid with { UserActionToken = token }, Fixture?.Id, "stimulus", ct);
    }

    private async Task AuthFlowAsync(AuthFlowPlan plan, CancellationToken ct)
    {
        if (session.Document.FindOperation(plan.ViaOperation) is not { } via) return;
        var request = RequestBuilder.Build(via, Template(via), "conformance-auth-flow", Identity(AuthPlan.Valid));
        var authorized = await session.Authorizer.AuthorizeAsync(via, request, AuthPlan.Valid, ct);
        var matcher = OperationMatcher.For(session.Document, OperationMatcher.BasePathOf(session.Transport.BaseUrl));
        Exchanges.AddRange(authorized.SetupExchanges.Select(e =>
            matcher.Find(e.Request.Method, e.Request.Url) == Scenario.Operation ? e with { Label = "stimulus" } : e));
        if (authorized.SkipReason is not null) Skip = authorized.SkipReason;
        else if (authorized.SetupFailure is not null && !Exchanges.Any(e => e.Label == "stimulus"))
        {
            Problems.Add(new CheckOutcome("request_setup", CheckStatus.Inconclusive, Scenario.Requirement.Id, Scenario.Requirement.Level,
                $"could not reach the step under test: {authorized.SetupFailure}", "the flow to reach this step", authorized.SetupFailure, Exchanges.Count - 1));
        }
    }

    /// <summary>Builds, authorizes and sends one request; records every exchange. Null when it could not be sent.</summary>
    private async Task<AuthorizedRequest?> SendAsync(ApiOperation operation, RequestTemplate template, AuthPlan auth, string? fixtureId, string label, CancellationToken ct)
    {
        var authorized = await AuthorizeAsync(operation, template, auth, fixtureId, ct);
        if (authorized is null) return null;
        var changes = ChangesFixture(operation, fixtureId);
        if (changes) Watch!.BeforeChange();
        var sent = (await session.Transport.SendAsync(authorized.Request, label, ct)).Recorded;
        Exchanges.Add(sent);

        // A check judges the effect of the stimulus and of the inverse step: their own answers are claims, not evidence.
        if (changes) Watch!.Answered(operation, sent, underTest: label.StartsWith("stimulus", StringComparison.Ordinal) || label == "step: inverse");
        return authorized;
    }

    /// <summary>Whether a request of <paramref name="operation"/> for <paramref name="fixtureId"/> may change the leased fixture.</summary>
    private bool ChangesFixture(ApiOperation operation, string? fixtureId) =>
        Watch is not null && operation.Semantics.ChangesState && fixtureId == Watch.Fixture.Id && operation.Semantics.Resource!.Kind == Watch.Fixture.Kind;

    private async Task<AuthorizedRequest?> AuthorizeAsync(ApiOperation operation, RequestTemplate template, AuthPlan auth, string? fixtureId, CancellationToken ct)
    {
        if (template.GenerationProblem is { } generation)
        {
            // A "valid" request that does not validate against its own schemas is the suite's bug: never sent as valid.
            Problems.Add(new CheckOutcome("request_setup", CheckStatus.Inconclusive, Scenario.Requirement.Id, Scenario.Requirement.Level,
                generation, "a generated request valid against its schemas", generation, null));
            return null;
        }

        var identity = Identity(auth);
        if (RequestBuilder.MissingClient(template, identity) is { } field)
        {
            // Never a request with an empty client_id: the profile lacks it, so the scenario cannot run.
            Skip = identity is null ? ProfileGap.NoIdentity(session.Document.Vendor, auth.Identity) : ProfileGap.NoIdentityField(session.Document.Vendor, auth.Identity, field);
            return null;
        }

        var request = RequestBuilder.Build(operation, template, fixtureId, identity);
        var plan = auth with
        {
            Nonce = NonceStimuli.Resolve(auth.Nonce, NonceRules(operation), session.Time),
            UserActionFor = auth.UserActionFor is { } b
                ? b with
                {
                    Path = b.Path.Replace(RequestTemplate.FixtureMarker, Uri.EscapeDataString(fixtureId ?? ""), StringComparison.Ordinal),
                    Payload = b.Payload.Replace(RequestTemplate.FixtureMarker, fixtureId ?? "", StringComparison.Ordinal),
                }
                : null,
        };
        var authorized = await session.Authorizer.AuthorizeAsync(operation, request, plan, ct);
        Exchanges.AddRange(authorized.SetupExchanges);
        if (authorized.SkipReason is not null)
        {
            Skip = authorized.SkipReason;
            return null;
        }

        if (authorized.SetupFailure is not null)
        {
            var requirement = Scenario.Requirement;
            Problems.Add(new CheckOutcome("request_setup", CheckStatus.Inconclusive, requirement.Id, requirement.Level,
                $"could not prepare the request: {authorized.SetupFailure}", "credentials obtained for the request", authorized.SetupFailure, Exchanges.Count - 1));
            return null;
        }

        return authorized;
    }

    private async Task ReadAsync(string moment, CancellationToken ct)
    {
        if (Fixture is null || Watch is null) return;
        Watch.Read(await ObserveAsync(Fixture, $"probe: {moment}", ct));
        Watch.Timeline.Mark(moment);
    }

    private async Task ReadOthersBeforeAsync(CancellationToken ct)
    {
        foreach (var other in lease?.Others ?? []) othersBefore[other.Id] = await ObserveAsync(other, "probe: other before", ct);
    }

    private async Task ReadOthersAfterAsync(CancellationToken ct)
    {
        foreach (var other in lease?.Others ?? []) othersAfter[other.Id] = (await ObserveAsync(other, "probe: other after", ct)).State;
    }

    private async Task<Observation> ObserveAsync(FixtureRef fixture, string label, CancellationToken ct)
    {
        var observation = await reader.ReadAsync(fixture, label, ct);
        Exchanges.AddRange(observation.Exchanges);
        return observation;
    }

    private ProfileIdentity? Identity(AuthPlan auth) => session.Profile.Identities.GetValueOrDefault(auth.Identity);

    private RequestTemplate Template(ApiOperation operation) => session.ValidRequest(operation);

    private NonceRules? NonceRules(ApiOperation operation) =>
        operation.PrimarySecurity.Select(s => session.Document.SecuritySchemes.GetValueOrDefault(s)?.Nonce).FirstOrDefault(n => n is not null);
}
