using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;

namespace Conformance.Execution;

/// <summary>
/// Runs one scenario: leases its fixture, reads and prepares its state, follows the plan,
/// restores every fixture it may have moved (also on failure, on an unexpected error and on
/// cancellation), then has the checks judge the evidence. Only this stage sends requests for
/// scenarios.
/// </summary>
internal sealed class ScenarioExecutor(VendorSession session, Action<FixtureRestoreFailure> reportUnrestored)
{
    private readonly StateReader reader = new(session);

    public async Task<ScenarioResult> RunAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        var started = session.Time.GetUtcNow();
        var run = new ScenarioRun(scenario, session, reader);
        string? skip = null;
        Exception? error = null;
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
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A target answering something no parser expected must fail this scenario, not the run.
            error = e;
        }
        finally
        {
            if (lease is not null)
            {
                // Restore even when the run is cancelled: a fixture must not be left changed.
                await RestoreAsync(run, lease.Fixture, run.Original);
                foreach (var other in lease.Others.Where(o => run.OthersBefore.ContainsKey(o.Id)))
                {
                    await RestoreAsync(run, other, run.OthersBefore[other.Id]);
                }

                lease.Dispose();
            }
        }

        var duration = session.Time.GetUtcNow() - started;
        if (error is not null)
        {
            var message = session.Redact($"{error.GetType().Name}: {error.Message.Split('\n')[0]}");
            var outcome = new CheckOutcome("engine_error", CheckStatus.Fail, scenario.Requirement.Id, RequirementLevel.Must,
                "the scenario could not run to its end", "the scenario's steps to complete", message, run.Exchanges.Count > 0 ? run.Exchanges.Count - 1 : null);
            return new ScenarioResult(scenario, Verdict.Fail, [.. run.Problems, outcome], run.Exchanges, null, started, duration);
        }

        skip ??= run.Skip;
        if (skip is not null) return new ScenarioResult(scenario, Verdict.Skip, [], run.Exchanges, skip, started, duration);

        var (verdict, outcomes) = Judge.Evaluate(scenario, run.Evidence(), session.Document);
        if (run.Problems.Count > 0) verdict = Verdict.Fail;
        return new ScenarioResult(scenario, verdict, [.. run.Problems, .. outcomes], run.Exchanges, null, started, duration);
    }

    private async Task RestoreAsync(ScenarioRun run, FixtureRef fixture, string? original)
    {
        if (original is null || !reader.CanRead(fixture.Kind)) return;
        try
        {
            var current = await reader.ReadAsync(fixture, "probe: restore", CancellationToken.None);
            run.Exchanges.AddRange(current.Exchanges);
            if (current.State == original) return;
            var after = await new StateChanger(session, reader).BringAsync(fixture, original, "restore", CancellationToken.None);
            run.Exchanges.AddRange(after.Exchanges);
            if (after.State != original)
            {
                reportUnrestored(new FixtureRestoreFailure(session.Document.Vendor, fixture.Kind, fixture.Id, original, after.State, $"still {after.State ?? "unknown"} after {run.Scenario.Id}"));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            reportUnrestored(new FixtureRestoreFailure(session.Document.Vendor, fixture.Kind, fixture.Id, original, null, $"{e.GetType().Name} while restoring after {run.Scenario.Id}"));
        }
    }
}
