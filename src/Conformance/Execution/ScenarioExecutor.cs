using Conformance.Auth;
using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Http;
using Conformance.Scenarios;
using Conformance.Scenarios.Plans;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Execution;

/// <summary>
/// Runs one scenario: leases its fixture, reads and prepares its state, follows the plan,
/// restores the fixture (also on failure and cancellation), then has the checks judge the
/// evidence. Only this stage sends requests for scenarios.
/// </summary>
internal sealed class ScenarioExecutor(VendorSession session, Action<FixtureRestoreFailure> reportUnrestored)
{
    private readonly StateReader reader = new(session);

    public async Task<ScenarioResult> RunAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        var started = session.Time.GetUtcNow();
        var run = new ScenarioRun(scenario, session, reader);
        string? skip = null;
        FixtureLease? lease = null;
        try
        {
            var need = scenario.Plan.Needs;
            if (need is not null)
            {
                if (!session.Fixtures.Has(need.Kind))
                {
                    skip = $"the profile lists no '{need.Kind}' fixture for vendor '{session.Document.Vendor}'";
                }
                else
                {
                    lease = await session.Fixtures.AcquireAsync(need.Kind, need.WatchOthers, cancellationToken);
                    await run.PrepareAsync(lease, need, cancellationToken);
                }
            }

            if (skip is null && run.Skip is null) await run.FollowAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            skip = "the run was cancelled";
        }
        finally
        {
            if (lease is not null)
            {
                // Restore even when the run is cancelled: a fixture must not be left changed.
                await RestoreAsync(run, lease.Fixture);
                lease.Dispose();
            }
        }

        skip ??= run.Skip;
        var duration = session.Time.GetUtcNow() - started;
        if (skip is not null) return new ScenarioResult(scenario, Verdict.Skip, [], run.Exchanges, skip, started, duration);

        var (verdict, outcomes) = Judge.Evaluate(scenario, run.Evidence(), session.Document);
        var all = run.Problems.Concat(outcomes).ToList();
        if (run.Problems.Count > 0) verdict = Verdict.Fail;
        return new ScenarioResult(scenario, verdict, all, run.Exchanges, null, started, duration);
    }

    private async Task RestoreAsync(ScenarioRun run, FixtureRef fixture)
    {
        if (run.Original is not { } original || !reader.CanRead(fixture.Kind)) return;
        try
        {
            var (current, probes) = await reader.ReadAsync(fixture, "probe: restore", CancellationToken.None);
            run.Exchanges.AddRange(probes);
            if (current == original) return;
            var (after, exchanges) = await new StateChanger(session, reader).BringAsync(fixture, original, "restore", CancellationToken.None);
            run.Exchanges.AddRange(exchanges);
            if (after != original)
            {
                reportUnrestored(new FixtureRestoreFailure(session.Document.Vendor, fixture.Kind, fixture.Id, original, after, $"still {after ?? "unknown"} after {run.Scenario.Id}"));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            reportUnrestored(new FixtureRestoreFailure(session.Document.Vendor, fixture.Kind, fixture.Id, original, null, $"{e.GetType().Name} while restoring after {run.Scenario.Id}"));
        }
    }
}
