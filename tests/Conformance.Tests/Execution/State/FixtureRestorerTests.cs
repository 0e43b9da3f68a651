using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Tests.Spec;

namespace Conformance.Tests.Execution.State;

/// <summary>
/// Restoration is confirmed by evidence: the documented answer of the operation (senhasegura 200
/// "Credential successfully deactivated", 400 "1008:"), or a documented read. What only our own
/// reading of a probe shows is UNCONFIRMED, never restored.
/// </summary>
[TestFixture]
public sealed class FixtureRestorerTests
{
    private static readonly FixtureRef Credential = new("credential", "11", "inactive");

    [TestCase(200, "Credential successfully deactivated", null)]
    [TestCase(400, "1008: Credential inactive", 1008)]
    public async Task TheDocumentedAnswerConfirms_WithoutAProbe(int status, string message, int? exception)
    {
        var target = new ScriptedSession(SpecFiles.Senhasegura, (method, _) => method == "DELETE" ? (status, ScriptedSession.Senha(message, status, exception)) : (200, "{}"));
        var watch = Changed(target, original: ("inactive", true));

        var (outcome, detail) = await Restore(target, watch);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RestoreOutcome.Restored), detail);
            Assert.That(detail, Does.Contain("credentials.disable answered"));
            Assert.That(target.Transport.Sent, Is.EqualTo(new[] { "DELETE /api/pam/credential/11" }), "our decision's probe adds nothing to a documented answer");
        });
    }

    [Test]
    public async Task AnUndocumentedAnswer_AndOnlyOurProbe_IsUnconfirmed()
    {
        // The disable answers something no outcome covers; GET (our decision S9) reads 1008.
        var target = new ScriptedSession(SpecFiles.Senhasegura, (method, _) => method == "DELETE"
            ? (500, ScriptedSession.Senha("Unexpected error", 500))
            : (400, ScriptedSession.Senha("1008: Credential inactive", 400, 1008)));
        var watch = Changed(target, original: ("inactive", true));

        var (outcome, detail) = await Restore(target, watch);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RestoreOutcome.Unconfirmed), "our reading of GET is not the vendor's word");
            Assert.That(detail, Does.Contain("credentials.get (decision)"));
        });
    }

    [Test]
    public async Task NoAnswerAtAll_IsUnconfirmed()
    {
        var target = new ScriptedSession(SpecFiles.Senhasegura, (_, _) => null);
        var watch = Changed(target, original: ("inactive", true));

        var (outcome, detail) = await Restore(target, watch);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RestoreOutcome.Unconfirmed));
            Assert.That(detail, Does.Contain("nothing could tell"));
        });
    }

    [TestCase(null, RestoreOutcome.Unconfirmed, "rests only on")]
    [TestCase("active", RestoreOutcome.Unconfirmed, "neither is the target's documented word")]
    [TestCase("inactive", RestoreOutcome.Restored, "credentials.disable answered 200")]
    public async Task AStartingStateOnlyOurProbeRead_IsConfirmedOnlyByTheProfile(string? declared, RestoreOutcome expected, string detail)
    {
        var target = new ScriptedSession(SpecFiles.Senhasegura, (method, _) => method == "DELETE" ? (200, ScriptedSession.Senha("Credential successfully deactivated")) : (200, "{}"));
        var watch = Changed(target, original: ("inactive", false), declared);

        var (outcome, text) = await Restore(target, watch);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(expected), "the state it started in must rest on the vendor's word or the profile's");
            Assert.That(text, Does.Contain(detail));
        });
    }

    [Test]
    public async Task ADocumentedReadShowingAnotherState_IsNotRestored()
    {
        // Dfns: deactivate fails (500); the documented list reads isActive: true.
        var target = Dfns(deactivate: (500, """{"error":{"message":"boom"}}"""));

        var (outcome, detail) = await Restore(target, DfnsChanged(target));

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RestoreOutcome.NotRestored));
            Assert.That(detail, Does.StartWith("still active"));
        });
    }

    [Test]
    public async Task ASuccessTheDocumentedReadContradicts_IsUnconfirmed()
    {
        // Dfns: deactivate answers 200 "success", the documented list still reads isActive: true.
        var target = Dfns(deactivate: (200, """{"message":"success"}"""));

        var (outcome, detail) = await Restore(target, DfnsChanged(target));

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(RestoreOutcome.Unconfirmed), "the target contradicts itself: the suite cannot tell, and never says restored");
            Assert.That(detail, Does.Contain("documented answers disagree"));
        });
    }

    [Test]
    public async Task AlreadyInItsStartingState_OnDocumentedEvidence_SendsNothing()
    {
        var target = new ScriptedSession(SpecFiles.Senhasegura, (_, _) => throw new AssertionException("nothing must be sent"));
        var watch = new FixtureWatch(target.Session, Credential, "test");
        watch.Read(new Observation("inactive", []) { Documented = true, Evidence = "documented" });
        watch.BeforeChange();
        watch.Timeline.Answered(null, new Conformance.Checks.StateReading("inactive", true, "credentials.disable answered 400 \"1008:…\""), underTest: true);

        var (outcome, _) = await Restore(target, watch);

        Assert.That(outcome, Is.EqualTo(RestoreOutcome.Restored));
    }

    /// <summary>A fixture that started in <paramref name="original"/> and was then changed in ways nothing recorded.</summary>
    private static FixtureWatch Changed(ScriptedSession target, (string State, bool Documented) original, string? declared = "inactive")
    {
        var watch = new FixtureWatch(target.Session, Credential with { State = declared }, "test");
        watch.Read(new Observation(original.State, []) { Documented = original.Documented, Evidence = original.Documented ? "credentials.enable answered 200 (documented)" : "probe credentials.get (decision) answered 400" });
        watch.BeforeChange();
        watch.Timeline.Answered(null, null, underTest: false);
        return watch;
    }

    private const string DfnsFixture = "cr-fixture-1";

    private static ScriptedSession Dfns((int, string) deactivate) =>
        new(SpecFiles.Dfns, (method, _) => method == "GET" ? (200, $$"""{"items":[{"credentialUuid":"{{DfnsFixture}}","isActive":true}]}""") : deactivate);

    private static FixtureWatch DfnsChanged(ScriptedSession target)
    {
        var watch = new FixtureWatch(target.Session, new FixtureRef("credential", DfnsFixture, "inactive"), "test");
        watch.Read(new Observation("inactive", []) { Documented = true, Evidence = "probe credentials.list (specified)" });
        watch.BeforeChange();
        watch.Timeline.Answered(null, null, underTest: false);
        return watch;
    }

    private static Task<(RestoreOutcome, string)> Restore(ScriptedSession target, FixtureWatch watch) =>
        new FixtureRestorer(target.Session, new StateReader(target.Session)).RestoreAsync(watch, "restore", [], CancellationToken.None);
}
