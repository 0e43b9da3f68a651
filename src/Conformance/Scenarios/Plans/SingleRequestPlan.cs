using Conformance.Auth;

namespace Conformance.Scenarios.Plans;

/// <summary>
/// One request (the stimulus), built from <see cref="Request"/> and authorized by
/// <see cref="Auth"/>. With a fixture, its state is read before and after, so checks can tell
/// whether a request that had to be refused changed anything.
/// </summary>
public sealed record SingleRequestPlan(RequestTemplate Request, AuthPlan Auth, FixtureNeed? Fixture, string? FixtureIdOverride = null)
    : ScenarioPlan;
