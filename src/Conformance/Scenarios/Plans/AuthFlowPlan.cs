namespace Conformance.Scenarios.Plans;

/// <summary>
/// The operation is a step of an authentication flow (OAuth token, user-action init/complete):
/// the stimulus is that step, taken while authorizing <see cref="ViaOperation"/>.
/// </summary>
public sealed record AuthFlowPlan(string ViaOperation, string SchemeName) : ScenarioPlan;
