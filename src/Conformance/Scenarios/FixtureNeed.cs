namespace Conformance.Scenarios;

/// <summary>
/// The fixture a scenario acts on: its kind, the state it must be in before the stimulus, and
/// whether the scenario watches every other fixture of the kind (so it runs alone on that kind).
/// </summary>
public sealed record FixtureNeed(string Kind, string? StartState, bool WatchOthers = false);
