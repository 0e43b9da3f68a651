namespace Conformance.Scenarios.Plans;

/// <summary>
/// A state transition observed through the probe: operation (stimulus) → probe → inverse →
/// probe. With <see cref="FixtureNeed.WatchOthers"/>, every other fixture of the kind is read
/// before and after too.
/// </summary>
public sealed record TransitionPlan(RequestTemplate Request, FixtureNeed Fixture, string ExpectedState, string? InverseOperation, string? InverseState)
    : ScenarioPlan;
