namespace Conformance.Scenarios;

/// <summary>
/// What the executor does for a scenario. Each subtype is data only; the executor interprets it.
/// </summary>
public abstract record ScenarioPlan;
