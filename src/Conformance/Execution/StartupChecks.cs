using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Http;

namespace Conformance.Execution;

/// <summary>
/// What a run does before its first scenario: puts back the fixtures an earlier run against the
/// same target left changed (from its journal), then compares every fixture's observed state
/// with the state the profile declares. Both only read, or restore; nothing else is sent.
/// </summary>
internal static class StartupChecks
{
    /// <summary>One fixture an earlier run left changed, and how putting it back ended.</summary>
    public sealed record Recovery(JournalEntry Entry, RestoreOutcome Outcome, string Detail)
    {
        public override string ToString() => Outcome == RestoreOutcome.Restored
            ? $"{Entry.Vendor} {Entry.Kind} {Entry.Id} is back to {Entry.Original} ({Detail})"
            : $"{Entry.Vendor} {Entry.Kind} {Entry.Id}: {(Outcome == RestoreOutcome.Unconfirmed ? "restoration UNCONFIRMED" : "NOT restored")}, expected {Entry.Original ?? "(unknown)"}: {Detail}";
    }

    public static async Task<IReadOnlyList<Recovery>> RecoverAsync(FixtureJournal journal, IReadOnlyDictionary<string, VendorSession> sessions, RunControl control)
    {
        var results = new List<Recovery>();
        foreach (var entry in journal.Unfinished)
        {
            // Sessions are per contract; contracts of one vendor share its fixtures: any that can restore the kind will do.
            var candidates = sessions.Values.Where(s => s.Document.Vendor == entry.Vendor).ToList();
            var session = candidates.FirstOrDefault(s => new Restorability(s).Blocker(entry.Kind) is null) ?? candidates.FirstOrDefault();
            var fixture = session?.Profile.Fixtures.FirstOrDefault(f => f.Kind == entry.Kind && f.Id == entry.Id);
            if (session is null || fixture is null)
            {
                results.Add(new Recovery(entry, RestoreOutcome.NotRestored, "the profile no longer lists this fixture, so the suite may not touch it"));
                continue;
            }

            var watch = new FixtureWatch(session, fixture, "recovery of an unfinished run");
            watch.Read(new Observation(entry.Original, []) { Documented = entry.OriginalDocumented, Evidence = $"the journal of the earlier run: {entry.Evidence}" });

            // Whatever the earlier run did last, nothing recorded it: only new evidence tells the state now.
            watch.BeforeChange();
            watch.Timeline.Answered(null, null, underTest: false);
            var reader = new StateReader(session);
            try
            {
                var (outcome, detail) = await new FixtureRestorer(session, reader).RestoreAsync(watch, "recover", [], control.Abandoning);
                results.Add(new Recovery(entry, outcome, detail));
            }
            catch (OperationCanceledException) when (control.Abandoned)
            {
                results.Add(new Recovery(entry, RestoreOutcome.NotRestored, "recovery abandoned"));
            }
        }

        return results;
    }

    public static async Task<IReadOnlyList<FixtureDrift>> DriftAsync(IReadOnlyDictionary<string, VendorSession> sessions, int parallelism, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(Math.Max(1, parallelism));
        // Contracts of one vendor share its fixtures: each fixture is read once, by the first contract that can.
        var reads = sessions.Values.SelectMany(session => session.Profile.Fixtures
                .Where(f => f.State is not null && new StateReader(session).CanRead(f.Kind))
                .Select(f => (Session: session, Fixture: f)))
            .DistinctBy(x => (x.Session.Document.Vendor, x.Fixture.Kind, x.Fixture.Id))
            .Select(async x =>
            {
                await gate.WaitAsync(cancellationToken);
                try
                {
                    var observed = await new StateReader(x.Session).ReadAsync(x.Fixture, "probe: profile state", cancellationToken);
                    return observed.State == x.Fixture.State ? null
                        : new FixtureDrift(x.Session.Document.Vendor, x.Fixture.Kind, x.Fixture.Id, x.Fixture.State!, observed.Reading);
                }
                finally
                {
                    gate.Release();
                }
            });
        return (await Task.WhenAll(reads)).OfType<FixtureDrift>().ToList();
    }

    /// <summary>One line for a refused start: which fixtures an earlier run left changed and could not be put back.</summary>
    public static string Refusal(FixtureJournal journal, IReadOnlyList<Recovery> failed) =>
        $"{failed.Count} fixtures an earlier run left changed could not be confirmed restored ({string.Join("; ", failed)}); "
        + $"put them back by hand, then run again (the journal {journal.Path} is retried at every start; --recover only recovers)";
}
