using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Http;
using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>
/// One fixture while a scenario (or a recovery) may change it: its <see cref="StateTimeline"/>,
/// and the journal record written before the first request that may change it.
/// </summary>
internal sealed class FixtureWatch
{
    private readonly VendorSession session;
    private StateReading? journaledOriginal;

    public FixtureWatch(VendorSession session, FixtureRef fixture, string owner)
    {
        this.session = session;
        Fixture = fixture;
        Owner = owner;
        if (fixture.State is { } declared) Timeline.Declare(declared);
    }

    public FixtureRef Fixture { get; }

    public StateTimeline Timeline { get; } = new();

    /// <summary>Who changes it (a scenario id, or the recovery), for the journal.</summary>
    public string Owner { get; }

    public void Read(Observation observation) => Timeline.Read(observation);

    /// <summary>Before a request that may change the fixture: the journal record first (write-ahead).</summary>
    public void BeforeChange()
    {
        if (journaledOriginal is null)
        {
            journaledOriginal = Timeline.Original;
            session.Journal.Changing(session.Document.Vendor, Fixture, journaledOriginal, Owner);
        }

        Timeline.Changing();
    }

    /// <summary>The answer to a request that may have changed the fixture, read through the operation's documented outcomes.</summary>
    /// <param name="underTest">Whether a check judges this request's effect.</param>
    public void Answered(ApiOperation operation, Exchange? answer, bool underTest)
    {
        var outcome = AnswerEvidence.Match(session.Document, operation, answer);
        Timeline.Answered(AnswerEvidence.Before(operation, outcome), AnswerEvidence.After(operation, outcome), underTest);
        var original = Timeline.Original;
        if (journaledOriginal is not null && (original.State != journaledOriginal.State || original.Documented != journaledOriginal.Documented))
        {
            // The first answer's "was" outranks a read that is only our decision.
            journaledOriginal = original;
            session.Journal.Corrected(session.Document.Vendor, Fixture, original);
        }
    }

    /// <summary>How the restoration ended, for the journal.</summary>
    public void Settled(RestoreOutcome outcome, string? state, string evidence)
    {
        if (journaledOriginal is not null) session.Journal.Settled(session.Document.Vendor, Fixture, outcome, state, evidence);
    }
}
