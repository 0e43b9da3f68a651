using Conformance.Checks;
using Conformance.Execution;

namespace Conformance.Tests.Execution.State;

/// <summary>
/// How the evidence of one moment decides a state: documented evidence when it agrees; our own
/// reading of a probe only when nothing documented contradicts it; the answer under test is a
/// claim the checks must see borne out, never evidence of its own effect.
/// </summary>
[TestFixture]
public sealed class StateTimelineTests
{
    private static readonly StateReading OurActive = new("active", false, "probe credentials.get (decision) answered 200");
    private static readonly StateReading OurInactive = new("inactive", false, "probe credentials.get (decision) answered 400");
    private static readonly StateReading DocumentedInactive = new("inactive", true, "credentials.disable answered 200 (documented)");
    private static readonly StateReading DocumentedActive = new("active", true, "credentials.enable answered 400 \"1043:…\" (documented)");

    [Test]
    public void DocumentedEvidence_Outweighs_OurReading()
    {
        var reading = StateTimeline.Resolve([OurActive, DocumentedInactive], null);

        Assert.Multiple(() =>
        {
            Assert.That(reading.State, Is.EqualTo("inactive"));
            Assert.That(reading.Documented, Is.True);
            Assert.That(reading.Evidence, Does.Contain("not relied on"));
        });
    }

    [Test]
    public void OurReading_ContradictingTheDocumentedAnswerJustReceived_IsUnknown()
    {
        var reading = StateTimeline.Resolve([OurActive], claim: DocumentedInactive);

        Assert.Multiple(() =>
        {
            Assert.That(reading.State, Is.Null);
            Assert.That(reading.Conflict, Does.Contain("right after credentials.disable answered 200"));
        });
    }

    [Test]
    public void OurReading_AgreeingWithTheClaim_Stands_AsOurReading()
    {
        var reading = StateTimeline.Resolve([OurInactive], claim: DocumentedInactive);

        Assert.Multiple(() =>
        {
            Assert.That(reading.State, Is.EqualTo("inactive"));
            Assert.That(reading.Documented, Is.False);
        });
    }

    [Test]
    public void DocumentedAnswers_ThatDisagree_AreUnknown()
    {
        var reading = StateTimeline.Resolve([DocumentedInactive, DocumentedActive], null);

        Assert.Multiple(() =>
        {
            Assert.That(reading.State, Is.Null);
            Assert.That(reading.Conflict, Does.Contain("disagree"));
        });
    }

    [Test]
    public void TheAnswerUnderTest_IsNotEvidenceOfItsOwnEffect()
    {
        var timeline = new StateTimeline();
        timeline.Answered(null, DocumentedInactive, underTest: true);
        timeline.Mark("after");

        Assert.Multiple(() =>
        {
            Assert.That(timeline.Reading("after").State, Is.Null, "a check on the stimulus needs independent evidence");
            Assert.That(timeline.Current.State, Is.EqualTo("inactive"), "restoration takes the answer as evidence");
        });
    }

    [Test]
    public void TheWasOfTheNextAnswer_TellsTheEarlierMoment()
    {
        // senhasegura-disable-noop: disable says 200, our GET reads active, enable then says "1043: already activated".
        var timeline = new StateTimeline();
        timeline.Answered(null, DocumentedInactive, underTest: true);
        timeline.Read(new Observation("active", []) { Documented = false, Evidence = "probe credentials.get (decision) answered 200" });
        timeline.Mark("after");
        Assert.That(timeline.Reading("after").State, Is.Null, "before the next answer, our reading alone contradicts the claim");

        timeline.Answered(new StateReading("active", true, "credentials.enable answered 400 \"1043:…\" (documented), so it was active just before"), DocumentedActive, underTest: true);

        var after = timeline.Reading("after");
        Assert.Multiple(() =>
        {
            Assert.That(after.State, Is.EqualTo("active"));
            Assert.That(after.Documented, Is.True, "the target's own documented answer shows the disable had no effect");
        });
    }

    [Test]
    public void TheOriginal_IsCorrectedByTheFirstAnswersWas()
    {
        // GET answered 200 (our reading: active) for a disabled credential; the prepare's 1008 says it was inactive.
        var timeline = new StateTimeline();
        timeline.Read(new Observation("active", []) { Documented = false, Evidence = "probe credentials.get (decision) answered 200" });
        timeline.Answered(new StateReading("inactive", true, "credentials.disable answered 400 \"1008:…\" (documented), so it was inactive just before"), DocumentedInactive, underTest: false);

        Assert.Multiple(() =>
        {
            Assert.That(timeline.Original.State, Is.EqualTo("inactive"));
            Assert.That(timeline.Original.Documented, Is.True);
        });
    }

    [Test]
    public void ARequestNeverAnswered_LeavesTheStateUnknown_AndTheNextWasTellsOnlyWhatFollowedIt()
    {
        // The prepare was cancelled in flight (it may have been applied); the restore's answer then
        // says "it was inactive just before" — about the time after the lost request, not the start.
        var timeline = new StateTimeline();
        timeline.Declare("active");
        timeline.Read(new Observation("active", []) { Documented = false, Evidence = "probe credentials.get (decision) answered 200" });
        timeline.Changing();
        Assert.That(timeline.Current.State, Is.Null, "a request in flight may or may not have been applied");

        timeline.Changing();
        timeline.Answered(new StateReading("inactive", true, "credentials.enable answered 200 (documented), so it was inactive just before"), DocumentedActive, underTest: false);

        Assert.Multiple(() =>
        {
            Assert.That(timeline.Original.State, Is.EqualTo("active"), "the start is not rewritten by a later answer");
            Assert.That(timeline.Current.State, Is.EqualTo("active"));
        });
    }

    [Test]
    public void ARequestNotSent_ChangesNothing()
    {
        var timeline = new StateTimeline();
        timeline.Read(new Observation("active", []) { Documented = true, Evidence = "documented" });
        timeline.Changing();
        timeline.Unsent();

        Assert.Multiple(() =>
        {
            Assert.That(timeline.Changed, Is.False);
            Assert.That(timeline.Current.State, Is.EqualTo("active"));
        });
    }
}
