using Conformance.Checks;
using Conformance.Http;

namespace Conformance.Execution;

/// <summary>
/// What reading (or changing) a fixture's state found: the state, the exchanges it took, and
/// why it could not be done when the profile lacks what it needs; and whether the state rests on
/// the vendor's word (<see cref="Documented"/>) or only on our reading of a probe.
/// </summary>
internal sealed record Observation(string? State, IReadOnlyList<Exchange> Exchanges, string? SkipReason = null)
{
    public bool Documented { get; init; }

    /// <summary>How the state was read, e.g. <c>probe credentials.get (decision): 200</c>.</summary>
    public string Evidence { get; init; } = "";

    public StateReading Reading => State is null ? StateReading.Unknown(Evidence.Length > 0 ? Evidence : "the probe could not tell") : new StateReading(State, Documented, Evidence);
}
