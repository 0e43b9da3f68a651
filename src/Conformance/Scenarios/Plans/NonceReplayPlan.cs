namespace Conformance.Scenarios.Plans;

/// <summary>
/// Sequential replay of the same request: a valid request with nonce N; for a state-changing
/// operation the fixture is then put back with <see cref="ResetOperation"/> (fresh nonce), so
/// that the replay — the same operation, nonce N again — would show in the probe if applied.
/// </summary>
public sealed record NonceReplayPlan(RequestTemplate First, string? ResetOperation, FixtureNeed? Fixture) : ScenarioPlan;
