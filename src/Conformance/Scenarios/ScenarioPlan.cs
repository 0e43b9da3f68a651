namespace Conformance.Scenarios;

/// <summary>
/// What the executor does for a scenario. Each subtype is data only; the executor interprets it.
/// </summary>
public abstract record ScenarioPlan
{
    /// <summary>The fixture the plan acts on, if any.</summary>
    public FixtureNeed? Needs => this switch
    {
        Plans.SingleRequestPlan p => p.Fixture,
        Plans.RepeatPlan p => p.Fixture,
        Plans.TransitionPlan p => p.Fixture,
        Plans.NonceReplayPlan p => p.Fixture,
        Plans.NonceCrossReplayPlan p => p.Fixture,
        Plans.ConcurrentReplayPlan p => p.Fixture,
        Plans.UserActionReusePlan p => p.Fixture,
        _ => null,
    };
}
