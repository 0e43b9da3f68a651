namespace Conformance.Scenarios;

/// <summary>
/// The fixture a scenario acts on: its kind, the state it must be in before the stimulus, and
/// whether the scenario watches every other fixture of the kind (so it runs alone on that kind).
/// </summary>
/// <param name="DeniedTo">
/// An identity the fixture must be out of reach of (the profile's <c>deniedTo</c>): a permission
/// scenario acts only on a fixture the profile says that identity cannot touch.
/// </param>
public sealed record FixtureNeed(string Kind, string? StartState, bool WatchOthers = false, string? DeniedTo = null);
