using Conformance.Configuration;
using Conformance.Http;

namespace Conformance.Checks;

/// <summary>
/// What running a scenario produced, for the checks to judge: every exchange (labelled), the
/// fixture's state at named moments, and the states of the other fixtures of its kind.
/// </summary>
/// <param name="States">State by moment: <c>before</c>, <c>after</c>, <c>before-replay</c>, <c>after-inverse</c>.</param>
public sealed record ScenarioEvidence(
    IReadOnlyList<Exchange> Exchanges,
    IReadOnlyDictionary<string, string?> States,
    FixtureRef? Fixture,
    IReadOnlyDictionary<string, string?> OthersBefore,
    IReadOnlyDictionary<string, string?> OthersAfter)
{
    public const string Before = "before";
    public const string After = "after";
    public const string AfterInverse = "after-inverse";
    public const string BeforeReplay = "before-replay";

    /// <summary>The target URL's own path, under which every operation path was sent (empty at the root).</summary>
    public string TargetBasePath { get; init; } = "";

    public IEnumerable<(Exchange Exchange, int Index)> Stimuli =>
        Exchanges.Select((e, i) => (e, i)).Where(x => x.e.Label.StartsWith("stimulus", StringComparison.Ordinal));

    public string? State(string moment) => States.GetValueOrDefault(moment);

    /// <summary>
    /// How each moment's state was established (documented answer, documented read, or only our
    /// reading of a probe). A moment without a reading is taken as read by a documented probe.
    /// </summary>
    public IReadOnlyDictionary<string, StateReading> Readings { get; init; } = new Dictionary<string, StateReading>();

    /// <summary>The reading of a moment (from <see cref="Readings"/>, else the bare state).</summary>
    public StateReading Reading(string moment) =>
        Readings.GetValueOrDefault(moment) ?? (State(moment) is { } state ? new StateReading(state, true, "") : StateReading.Unknown("the probe could not tell"));
}
