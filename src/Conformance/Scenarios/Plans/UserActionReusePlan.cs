namespace Conformance.Scenarios.Plans;

/// <summary>
/// A valid request, then — after undoing it with <paramref name="ResetOperation"/> (a fresh token),
/// where the operation has an inverse — the same request with a fresh nonce and the same one-time
/// token. Undoing first makes the reuse a request that would succeed with a fresh token, so its
/// refusal can only be for the token: a server may refuse a plain repeat for its own reason (the
/// current user pages are silent on repeats; reading C4-alt answers 400 "already active").
/// </summary>
public sealed record UserActionReusePlan(RequestTemplate Request, FixtureNeed? Fixture, string? ResetOperation = null) : ScenarioPlan;
