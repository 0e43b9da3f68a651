namespace Conformance.Scenarios.Plans;

/// <summary>
/// Idempotent re-application: the fixture is put in the operation's target state first, then
/// the operation is applied again (the stimulus) and the state read back.
/// </summary>
public sealed record RepeatPlan(RequestTemplate Request, FixtureNeed Fixture) : ScenarioPlan;
