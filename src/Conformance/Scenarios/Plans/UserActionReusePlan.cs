namespace Conformance.Scenarios.Plans;

/// <summary>A valid request, then the same request with a fresh nonce and the same one-time token.</summary>
public sealed record UserActionReusePlan(RequestTemplate Request, FixtureNeed? Fixture) : ScenarioPlan;
