using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Tests.Spec;

namespace Conformance.Tests.Execution.State;

/// <summary>
/// The write-ahead journal: a fixture is on disk as "changing" before the request that changes
/// it is sent; only a confirmed restoration to its own original closes it; a later run finds what
/// is left open; one run at a time per target; no secret in it.
/// </summary>
[TestFixture]
public sealed class FixtureJournalTests
{
    private static readonly Uri Target = new("http://127.0.0.1:4711/");
    private static readonly FixtureRef Credential = new("credential", "11", "inactive");
    private static readonly StateReading Inactive = new("inactive", true, "credentials.disable answered 400 \"1008:…\" (documented)");
    private string reports = null!;

    [SetUp]
    public void CreateFolder() => reports = Directory.CreateTempSubdirectory("conformance-journal-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(reports, recursive: true);

    [Test]
    public async Task TheChangeIsOnDiskBeforeTheRequestIsSent()
    {
        string? journalAtSend = null;
        using (var journal = FixtureJournal.Open(reports, Target, TimeProvider.System))
        {
            var target = new ScriptedSession(SpecFiles.Senhasegura, (_, _) => (200, ScriptedSession.Senha("Credential successfully activated")), journal);
            target.Transport.OnSend = _ => journalAtSend = ReadShared(journal.Path!);
            var watch = new FixtureWatch(target.Session, Credential, "senhasegura.credentials.enable/state/transition");
            watch.Read(new Observation("inactive", []) { Documented = true, Evidence = "documented" });

            await new StateChanger(target.Session, new StateReader(target.Session)).BringAsync(watch, "active", "setup: prepare", [], CancellationToken.None);
        }

        Assert.Multiple(() =>
        {
            Assert.That(journalAtSend, Does.Contain("\"event\":\"changing\"").And.Contain("\"id\":\"11\"").And.Contain("\"original\":\"inactive\""));
            Assert.That(journalAtSend, Does.Contain(Target.ToString()));
        });
    }

    [Test]
    public void AnUnfinishedJournal_IsFoundByTheNextRun_AndClosedOnlyByARestorationToItsOriginal()
    {
        using (var first = FixtureJournal.Open(reports, Target, TimeProvider.System))
        {
            first.Changing("senhasegura", Credential, Inactive, "a scenario");
        }

        using (var second = FixtureJournal.Open(reports, Target, TimeProvider.System))
        {
            Assert.That(second.Unfinished.Select(e => (e.Vendor, e.Kind, e.Id, e.Original)), Is.EqualTo(new[] { ("senhasegura", "credential", "11", (string?)"inactive") }));

            // A scenario of this run that "restores" the fixture to another state does not close it.
            second.Settled("senhasegura", Credential, RestoreOutcome.Restored, "active", "some answer");
            Assert.That(second.Outstanding, Has.Count.EqualTo(1));
            second.Settled("senhasegura", Credential, RestoreOutcome.Restored, "inactive", "credentials.disable answered 200");
            Assert.That(second.Outstanding, Is.Empty);
        }

        Assert.That(Directory.GetFiles(Path.Combine(reports, FixtureJournal.Folder)), Is.Empty, "a journal with nothing open is removed");
    }

    [TestCase(RestoreOutcome.Unconfirmed)]
    [TestCase(RestoreOutcome.NotRestored)]
    public void AnUnconfirmedOrFailedRestoration_StaysOpen(RestoreOutcome outcome)
    {
        using (var journal = FixtureJournal.Open(reports, Target, TimeProvider.System))
        {
            journal.Changing("senhasegura", Credential, Inactive, "a scenario");
            journal.Settled("senhasegura", Credential, outcome, "inactive", "only our reading");
        }

        using var next = FixtureJournal.Open(reports, Target, TimeProvider.System);
        Assert.That(next.Unfinished, Has.Count.EqualTo(1));
    }

    [Test]
    public void ACorrectedOriginal_IsWhatTheNextRunRestoresTo()
    {
        using (var journal = FixtureJournal.Open(reports, Target, TimeProvider.System))
        {
            journal.Changing("senhasegura", Credential, new StateReading("active", false, "probe credentials.get (decision) answered 200"), "a scenario");
            journal.Corrected("senhasegura", Credential, Inactive);
        }

        using var next = FixtureJournal.Open(reports, Target, TimeProvider.System);
        Assert.Multiple(() =>
        {
            Assert.That(next.Unfinished.Single().Original, Is.EqualTo("inactive"));
            Assert.That(next.Unfinished.Single().OriginalDocumented, Is.True);
        });
    }

    [Test]
    public void ATornLastLine_IsIgnored()
    {
        string path;
        using (var journal = FixtureJournal.Open(reports, Target, TimeProvider.System))
        {
            journal.Changing("senhasegura", Credential, Inactive, "a scenario");
            path = journal.Path!;
        }

        File.AppendAllText(path, "{\"event\":\"restored\",\"vendor\":\"senhas");
        using var next = FixtureJournal.Open(reports, Target, TimeProvider.System);
        Assert.That(next.Unfinished, Has.Count.EqualTo(1), "a power cut mid-write loses nothing already written");
    }

    [Test]
    public void AnotherTarget_HasItsOwnJournal()
    {
        using (var journal = FixtureJournal.Open(reports, Target, TimeProvider.System))
        {
            journal.Changing("senhasegura", Credential, Inactive, "a scenario");
        }

        using var other = FixtureJournal.Open(reports, new Uri("http://127.0.0.1:4712/"), TimeProvider.System);
        Assert.That(other.Unfinished, Is.Empty);
    }

    [Test]
    public void TwoRunsOnOneTarget_TheSecondIsRefusedWithOneLine()
    {
        using var first = FixtureJournal.Open(reports, Target, TimeProvider.System);

        var refused = Assert.Throws<SettingsException>(() => FixtureJournal.Open(reports, Target, TimeProvider.System));
        Assert.That(refused!.Message, Does.Contain("another conformance run").And.Not.Contain("\n"));
    }

    private static string ReadShared(string path)
    {
        // The run holds the file locked; the test reads it the way an operator's `cat` would.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}
