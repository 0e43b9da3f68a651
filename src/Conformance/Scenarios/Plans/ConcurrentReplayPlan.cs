namespace Conformance.Scenarios.Plans;

/// <summary>
/// A burst of <see cref="Burst"/> otherwise valid requests sharing one nonce, sent at once;
/// every request has its own user-action token, so only the nonce can refuse them.
/// </summary>
public sealed record ConcurrentReplayPlan(RequestTemplate Request, int Burst, FixtureNeed? Fixture) : ScenarioPlan;
