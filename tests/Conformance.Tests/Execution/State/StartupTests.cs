using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Execution;

namespace Conformance.Tests.Execution.State;

/// <summary>
/// Before the first scenario: what an earlier run left changed is put back from its journal (or
/// the run refuses to start, with one line), and every fixture's state is compared with the
/// profile's declared state.
/// </summary>
[TestFixture]
public sealed class StartupTests
{
    [Test]
    public async Task AnUnfinishedJournal_IsRecoveredFirst()
    {
        await using var target = await TargetUnderTest.StartAsync();
        var before = target.States();

        // An earlier run changed senhasegura credential #4 (disabled) and was killed before restoring it.
        var id = target.FlipSenha(4);
        using (var killed = FixtureJournal.Open(target.Reports, target.Running.BaseUrl, TimeProvider.System))
        {
            killed.Changing("senhasegura", new FixtureRef("credential", id, "inactive"), new StateReading("inactive", true, "credentials.disable answered 200 (documented)"), "an earlier scenario");
        }

        await using (var run = await ConformanceRun.CreateAsync(target.Settings("senhasegura.credentials.get/*"), null, CancellationToken.None))
        {
            Assert.Multiple(() =>
            {
                Assert.That(run.Recovered, Has.Some.Contains($"senhasegura credential {id} is back to inactive"));
                Assert.That(target.States(), Is.EqualTo(before), "read from the target itself");
                Assert.That(run.Outstanding, Is.Empty);
            });
        }

        Assert.That(Directory.GetFiles(Path.Combine(target.Reports, FixtureJournal.Folder), "*.jsonl"), Is.Empty, "nothing left open");
    }

    [Test]
    public async Task AJournalThatCannotBeRecovered_RefusesTheRun_WithOneLine()
    {
        await using var target = await TargetUnderTest.StartAsync();
        using (var killed = FixtureJournal.Open(target.Reports, target.Running.BaseUrl, TimeProvider.System))
        {
            killed.Changing("senhasegura", new FixtureRef("credential", "999999", "inactive"), new StateReading("inactive", true, "documented"), "an earlier scenario");
        }

        var refused = await Assert.ThrowsAsync<SettingsException>(() => ConformanceRun.CreateAsync(target.Settings("senhasegura.*"), null, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Message, Does.Contain("could not be confirmed restored").And.Contain("999999").And.Contain(".journal"));
            Assert.That(refused.Message, Does.Not.Contain("\n"));
        });
    }

    [Test]
    public async Task Drift_BetweenTheProfileAndTheTarget_IsReportedBeforeAnythingChanges()
    {
        await using var target = await TargetUnderTest.StartAsync();
        var dfns = target.FlipDfns(0);
        var senha = target.FlipSenha(0);

        await using var run = await ConformanceRun.CreateAsync(target.Settings("senhasegura.credentials.get/*"), null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(run.Drift.Select(d => (d.Vendor, d.Id, d.Declared, d.Observed.State)),
                Is.EquivalentTo(new[] { ("dfns", dfns, "active", (string?)"inactive"), ("senhasegura", senha, "active", (string?)"inactive") }));
            Assert.That(run.Drift.Single(d => d.Vendor == "dfns").ToString(), Does.Not.Contain("only our own reading"), "the Dfns list is the vendor's word");
            Assert.That(run.Drift.Single(d => d.Vendor == "senhasegura").ToString(), Does.Contain("only our own reading"));
        });
    }

    [Test]
    public async Task ADryRun_SendsNothing_AndLeavesTheJournalForTheNextRealRun()
    {
        await using var target = await TargetUnderTest.StartAsync();
        var id = target.FlipSenha(4);
        var changed = target.States();
        string journalPath;
        using (var killed = FixtureJournal.Open(target.Reports, target.Running.BaseUrl, TimeProvider.System))
        {
            killed.Changing("senhasegura", new FixtureRef("credential", id, "inactive"), new StateReading("inactive", true, "documented"), "an earlier scenario");
            journalPath = killed.Path!;
        }

        await using (var run = await ConformanceRun.CreateAsync(target.Settings("senhasegura.*") with { ListOnly = true }, null, CancellationToken.None))
        {
            Assert.Multiple(() =>
            {
                Assert.That(run.Recovered, Is.Empty);
                Assert.That(run.Drift, Is.Empty);
                Assert.That(run.JournalPath, Is.Null);
            });
        }

        Assert.Multiple(() =>
        {
            Assert.That(target.States(), Is.EqualTo(changed), "nothing was sent");
            Assert.That(File.ReadAllText(journalPath), Does.Contain("\"event\":\"changing\""));
        });
    }
}
