using Conformance.Checks;
using Conformance.Http;

namespace Conformance.Execution;

/// <summary>
/// Puts a fixture back in the state it started in and says how sure that is: restored only when
/// documented evidence (an answer of the operation, or a documented read) shows the starting
/// state, and the starting state itself rests on such evidence; unconfirmed when only our reading
/// of a probe — or nothing — can tell; not restored when the evidence shows another state.
/// </summary>
internal sealed class FixtureRestorer(VendorSession session, StateReader reader)
{
    public async Task<(RestoreOutcome Outcome, string Detail)> RestoreAsync(FixtureWatch watch, string label, List<Exchange> exchanges, CancellationToken cancellationToken)
    {
        var (outcome, detail, state) = await SettleAsync(watch, label, exchanges, cancellationToken);
        watch.Settled(outcome, state, detail);
        return (outcome, detail);
    }

    private async Task<(RestoreOutcome, string, string?)> SettleAsync(FixtureWatch watch, string label, List<Exchange> exchanges, CancellationToken cancellationToken)
    {
        var timeline = watch.Timeline;
        var original = timeline.Original;
        if (original.State is null)
        {
            return (RestoreOutcome.Unconfirmed, $"its state before the change is unknown ({original.Conflict ?? original.Evidence})", null);
        }

        var current = timeline.Current;

        // A documented read may show it already back (no change sent); our own reading could not, so it is not asked.
        if (current.State is null && reader.ReadsDocumented(watch.Fixture.Kind))
        {
            var read = await reader.ReadAsync(watch.Fixture, $"probe: {label}", cancellationToken);
            exchanges.AddRange(read.Exchanges);
            watch.Read(read);
            current = timeline.Current;
        }

        if (!(current.Documented && current.State == original.State))
        {
            // Weakly known or another state: send the operation to the original state; its documented answer confirms.
            var skip = await new StateChanger(session, reader).BringAsync(watch, original.State, label, exchanges, cancellationToken);
            current = timeline.Current;
            if (skip is not null && current.State != original.State) return (RestoreOutcome.NotRestored, skip, current.State);
        }

        if (current.State == original.State && current.Documented && original.Documented)
        {
            return (RestoreOutcome.Restored, current.Evidence, current.State);
        }

        if (current.State is not null && current.State != original.State && current.Documented)
        {
            return (RestoreOutcome.NotRestored, $"still {current.State} ({current.Evidence})", current.State);
        }

        // Whatever else: the suite cannot tell, and says so (never "restored").
        var why = !original.Documented ? $"its starting state {original.State} rests only on {original.Evidence}"
            : current.State is null ? $"nothing could tell its state afterwards ({current.Conflict ?? current.Evidence})"
            : current.State == original.State ? $"only {current.Evidence} shows it back"
            : $"only {current.Evidence} reads {current.State}, and that is our reading, not the vendor's word";
        return (RestoreOutcome.Unconfirmed, why, current.State);
    }
}
