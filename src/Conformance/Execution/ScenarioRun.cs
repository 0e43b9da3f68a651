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
/// exchange, the fixture's state at each moment) for the checks.
/// </summary>
internal sealed class ScenarioRun(Scenario scenario, VendorSession session, StateReader reader)
{
    private readonly Dictionary<string, string?> states = [];
    private readonly Dictionary<string, string?> othersBefore = [];
    private readonly Dictionary<string, string?> othersAfter = [];
    private FixtureLease? lease;

    public Scenario Scenario { get; } = scenario;

    public List<Exchange> Exchanges { get; } = [];

    public List<CheckOutcome> Problems { get; } = [];

    public string? Original { get; private set; }

    public string? Skip { get; private set; }

    private FixtureRef? Fixture => lease?.Fixture;

    public ScenarioEvidence Evidence() => new(Exchanges, states, Fixture, othersBefore, othersAfter) { TargetBasePath = OperationMatcher.BasePathOf(session.Transport.BaseUrl) };

    /// <summary>The other fixtures' states before the stimulus (restored after a scenario that watched them).</summary>
    public IReadOnlyDictionary<string, string?> OthersBefore => othersBefore;

    public async Task PrepareAsync(FixtureLease leased, FixtureNeed need, CancellationToken cancellationToken)
    {
        lease = leased;
        if (!reader.CanRead(need.Kind)) return;
        var before = await ObserveAsync(leased.Fixture, "probe: before", cancellationToken);
        if (before.SkipReason is not null)
        {
            Skip = before.SkipReason;
            return;
        }

        // Without the starting state nothing could be put back: change nothing.
        if (before.State is null)
        {
            Skip = $"the state of {need.Kind} {leased.Fixture.Id} could not be read before the scenario ({Outcomes.Describe(Exchanges[^1])}); nothing was changed";
            return;
        }

        Original = before.State;
        states[ScenarioEvidence.Before] = Original;
        if (need.StartState is null || Original == need.StartState) return;

        var changer = new StateChanger(session, reader);
        var prepared = await changer.BringAsync(leased.Fixture, need.StartState, "setup: prepare", cancellationToken);
        Exchanges.AddRange(prepared.Exchanges);
        if (prepared.SkipReason is not null)
        {
            Skip = prepared.SkipReason;
            return;
        }

        var state = prepared.State;
        states[ScenarioEvidence.Before] = state;
        if (state != need.StartState)
        {
            var via = changer.OperationTo(need.Kind, need.StartState);
            var requirement = via is null ? Scenario.Requirement : new RequirementResolver(session.Document).Require(via, "state/transition");
            Problems.Add(new CheckOutcome("prepare_fixture", CheckStatus.Inconclusive, requirement.Id, requirement.Level,
                $"could not put {need.Kind} {leased.Fixture.Id} in state {need.StartState} with {via?.Slug ?? "(no operation leads there)"}",
                need.StartState, state ?? "(unknown)"));
        }
    }

    public Task FollowAsync(CancellationToken cancellationToken) => Problems.Count > 0 ? Task.CompletedTask : Scenario.Plan switch
    {
        SingleRequestPlan p => SingleAsync(p, cancellationToken),
        RepeatPlan p => OnceThenReadAsync(p.Request, cancellationToken),
        TransitionPlan p => TransitionAsync(p, cancellationToken),
        NonceReplayPlan p => NonceReplayAsync(p, cancellationToken),
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
        if (plan.Fixture.WatchOthers) await ReadOthersAsync(othersBefore, "before", ct);
        await OnceThenReadAsync(plan.Request, ct);
        if (plan.Fixture.WatchOthers) await ReadOthersAsync(othersAfter, "after", ct);
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
        var sent = await Task.WhenAll(prepared.Select((a, i) => session.Transport.SendAsync(a.Request, $"stimulus #{i + 1}", ct)));
        Exchanges.AddRange(sent.Select(s => s.Recorded));
    }

    private async Task ReuseAsync(UserActionReusePlan plan, CancellationToken ct)
    {
        var first = await SendAsync(Scenario.Operation, plan.Request, AuthPlan.Valid, Fixture?.Id, "step: first use of the token", ct);
        if (first?.UserActionToken is not { } token) return;
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
        Exchanges.Add((await session.Transport.SendAsync(authorized.Request, label, ct)).Recorded);
        return authorized;
    }

    private async Task<AuthorizedRequest?> AuthorizeAsync(ApiOperation operation, RequestTemplate template, AuthPlan auth, string? fixtureId, CancellationToken ct)
    {
        var request = RequestBuilder.Build(operation, template, fixtureId, Identity(auth));
        var plan = auth with
        {
            Nonce = NonceStimuli.Resolve(auth.Nonce, NonceRules(operation), session.Time),
            UserActionFor = auth.UserActionFor is { } b ? b with { Payload = b.Payload.Replace(RequestTemplate.FixtureMarker, fixtureId ?? "", StringComparison.Ordinal) } : null,
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
        if (Fixture is null) return;
        states[moment] = (await ObserveAsync(Fixture, $"probe: {moment}", ct)).State;
    }

    private async Task ReadOthersAsync(Dictionary<string, string?> into, string moment, CancellationToken ct)
    {
        foreach (var other in lease?.Others ?? [])
        {
            into[other.Id] = (await ObserveAsync(other, $"probe: other {moment}", ct)).State;
        }
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
