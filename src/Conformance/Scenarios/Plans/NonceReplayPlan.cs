namespace Conformance.Scenarios.Plans;

/// <summary>
/// Sequential replay: a valid request with nonce N, then a second request with the same N.
/// For a state-changing operation the second request is the inverse (so that, if the replay
/// were applied, the probe would show it).
/// </summary>
public sealed record NonceReplayPlan(RequestTemplate First, string? ReplayOperation, FixtureNeed? Fixture) : ScenarioPlan;
