namespace Conformance.Scenarios.Plans;

/// <summary>
/// A nonce accepted on another operation (<see cref="DonorOperation"/>, a request that changes
/// nothing) is then sent on this operation: a nonce is "used to prevent replay attacks", not
/// scoped to a path or a method, so the second use must be refused and have no effect.
/// </summary>
public sealed record NonceCrossReplayPlan(string DonorOperation, RequestTemplate Donor, RequestTemplate Request, FixtureNeed? Fixture) : ScenarioPlan;
