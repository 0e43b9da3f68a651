namespace Conformance.Checks;

/// <summary>
/// What the evidence says about a fixture's state at one moment: the state (null when the
/// evidence cannot tell), whether it rests on the vendor's word (a documented answer or a
/// documented read) or only on our reading of a probe, and how it was established.
/// </summary>
/// <param name="State">The state, or null when nothing could tell or the sources disagree.</param>
/// <param name="Documented">Whether the state rests on documented evidence (never on our decision alone).</param>
/// <param name="Evidence">How it was established, e.g. <c>credentials.enable answered 400 "1043:…" (documented)</c>.</param>
public sealed record StateReading(string? State, bool Documented, string Evidence)
{
    /// <summary>When sources disagreed: who said what (the reason the state is unknown).</summary>
    public string? Conflict { get; init; }

    /// <summary>
    /// When only the answer under test tells the state (<see cref="State"/> is null): what that
    /// answer claims. A claim cannot confirm the effect it is judged on, but the target's own
    /// documented word that the fixture changed is enough to show a change it must not make.
    /// </summary>
    public StateReading? Claim { get; init; }

    public static StateReading Unknown(string why) => new(null, false, why);

    /// <summary>The state with its evidence, for a report's Actual line.</summary>
    public string Describe() => State is null ? $"(unknown: {Conflict ?? Evidence})" : Evidence.Length == 0 ? State : $"{State} ({Evidence})";
}
