using Conformance.Checks;

namespace Conformance.Execution;

/// <summary>
/// Everything one scenario learnt about one fixture's state, in order. The time between two
/// state-changing requests is one segment; a segment's state is told by the reads taken in it
/// (probes), by the documented answer that opened it, and by the "was" of the answer that closed
/// it (senhasegura's 1043 says the credential was active just before). Named moments (before,
/// after, …) point at segments, so a later answer still counts for an earlier moment.
/// </summary>
/// <remarks>
/// Two views: the checks judge the request under test, so its own answer is only a claim that
/// independent evidence must bear out (or a check could never fail); restoration takes every piece
/// of evidence, the answers included.
/// </remarks>
internal sealed class StateTimeline
{
    private readonly List<Segment> segments = [new(null, false)];
    private readonly Dictionary<string, int> moments = [];
    private bool inFlight;

    /// <summary>Whether a request that may change the fixture was sent.</summary>
    public bool Changed { get; private set; }

    /// <summary>The state the profile declares for the fixture (the operator's word), if any.</summary>
    public StateReading? Declared { get; private set; }

    /// <summary>
    /// The state the fixture started in, on every piece of evidence about the first segment. The
    /// target's documented evidence outranks the profile's declaration, which outranks our own
    /// reading of a probe: our reading that the profile bears out is as good as the profile's word;
    /// one it contradicts leaves the start unknown until a documented answer tells it.
    /// </summary>
    public StateReading Original
    {
        get
        {
            var read = Resolve(segments[0].Items, null);
            if (Declared is not { } declared || read.Documented) return read;
            if (read.State is null && read.Conflict is null) return declared;
            if (read.State == declared.State) return read with { Documented = true, Evidence = $"{read.Evidence}; {declared.Evidence}" };
            return StateReading.Unknown("our read contradicts the profile") with
            {
                Conflict = $"{read.Describe()} but {declared.Evidence} {declared.State}; neither is the target's documented word",
            };
        }
    }

    /// <summary>The state the fixture is in now, on every piece of evidence about the last segment.</summary>
    public StateReading Current => Resolve(AllOf(segments[^1]), null);

    /// <summary>What the profile declares (the fixture's <c>state</c>): corroborates the original, never a check.</summary>
    public void Declare(string state) => Declared = new StateReading(state, true, "the profile declares");

    /// <summary>A read (probe) of the current segment.</summary>
    public void Read(Observation observation)
    {
        if (observation.State is not null) segments[^1].Items.Add(observation.Reading);
    }

    /// <summary>
    /// A request that may change the fixture is about to be sent: from now until its answer is
    /// read, the state is unknown (a request cancelled or timed out may still have been applied).
    /// </summary>
    /// <remarks>
    /// A request announced before was never answered (cancelled, no response): its segment stays,
    /// unknown, so the "was" of this request's answer can never be taken for an earlier moment.
    /// </remarks>
    public void Changing()
    {
        Changed = true;
        segments.Add(new Segment(null, false));
        inFlight = true;
    }

    /// <summary>The announced request was not sent after all (the profile lacked what it needs).</summary>
    public void Unsent()
    {
        if (!inFlight) return;
        segments.RemoveAt(segments.Count - 1);
        inFlight = false;

        // Only a segment some earlier request opened says the fixture may have changed.
        Changed = segments.Count > 1;
    }

    /// <summary>
    /// The answer to a state-changing request: its "was" tells the segment it closes, its state
    /// opens the next one (an answer no outcome covers opens one whose state only a read can tell).
    /// </summary>
    /// <param name="underTest">Whether a check judges this request's effect (its answer is then a claim, not evidence).</param>
    public void Answered(StateReading? was, StateReading? after, bool underTest)
    {
        Changed = true;
        if (inFlight) segments.RemoveAt(segments.Count - 1);
        inFlight = false;
        if (was is { State: not null }) segments[^1].Items.Add(was);
        segments.Add(new Segment(after is { State: not null } ? after : null, underTest));
    }

    /// <summary>Names the current segment (e.g. <c>after</c>).</summary>
    public void Mark(string moment) => moments[moment] = segments.Count - 1;

    public bool Has(string moment) => moments.ContainsKey(moment);

    /// <summary>The checks' view of a named moment.</summary>
    public StateReading Reading(string moment)
    {
        var segment = segments[moments[moment]];
        return segment.UnderTest ? Resolve(segment.Items, segment.Opening) : Resolve(AllOf(segment), null);
    }

    /// <summary>Every named moment, in the checks' view.</summary>
    public IReadOnlyDictionary<string, StateReading> Readings() => moments.Keys.ToDictionary(m => m, Reading);

    private static List<StateReading> AllOf(Segment segment) => segment.Opening is { } opening ? [opening, .. segment.Items] : segment.Items;

    /// <summary>
    /// Documented evidence decides when it agrees (a decision-based read that disagrees is noted,
    /// not relied on); without it, our reads decide unless they contradict the documented answer
    /// just received (<paramref name="claim"/>), which leaves the state unknown.
    /// </summary>
    internal static StateReading Resolve(IReadOnlyList<StateReading> items, StateReading? claim)
    {
        var documented = items.Where(i => i.Documented).ToList();
        var ours = items.Where(i => !i.Documented).ToList();
        if (documented.Count > 0)
        {
            if (documented.Select(d => d.State).Distinct().Count() > 1)
            {
                return StateReading.Unknown("the target's documented answers disagree") with { Conflict = $"the target's documented answers disagree: {Join(documented)}" };
            }

            var state = documented[0].State;
            var overruled = ours.Where(o => o.State != state).ToList();
            var evidence = Join(documented) + (overruled.Count == 0 ? "" : $"; not relied on: {Join(overruled)}");
            return new StateReading(state, true, evidence);
        }

        if (ours.Count == 0)
        {
            return StateReading.Unknown(claim is null ? "nothing read the state" : $"only the answer under test tells it ({claim.Evidence})") with { Claim = claim };
        }

        if (ours.Select(o => o.State).Distinct().Count() > 1)
        {
            return StateReading.Unknown("our reads disagree") with { Conflict = $"our reads disagree: {Join(ours)}" };
        }

        if (claim is not null && claim.Documented && claim.State != ours[0].State)
        {
            return StateReading.Unknown("a read contradicts the documented answer") with
            {
                Conflict = $"{Join(ours)} read {ours[0].State} right after {claim.Evidence}; our reading of the probe is not the vendor's word, so the state is unknown",
            };
        }

        return new StateReading(ours[0].State, false, Join(ours));
    }

    private static string Join(IEnumerable<StateReading> readings) => string.Join("; ", readings.Select(r => $"{r.Evidence} → {r.State}").Distinct());

    private sealed record Segment(StateReading? Opening, bool UnderTest)
    {
        public List<StateReading> Items { get; } = [];
    }
}
