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
                    if (need.WatchOthers && lease.Others.Count == 0)
                    {
                        // "No other fixture moved" proves nothing when there is none to watch.
                        skip = $"the profile lists only one '{need.Kind}' fixture for vendor '{session.Document.Vendor}': no other fixture to watch";
                    }
                    else
                    {
                        await run.PrepareAsync(lease, need, cancellationToken);
                    }
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
            // An answer no parser expected, or a bug of ours: the scenario proves nothing either way.
            var message = session.Redact($"{error.GetType().Name}: {error.Message.Split('\n')[0]}");
            var outcome = new CheckOutcome("engine_error", CheckStatus.Inconclusive, scenario.Requirement.Id, scenario.Requirement.Level,
                $"the scenario could not run to its end ({message})", "the scenario's steps to complete", message, run.Exchanges.Count > 0 ? run.Exchanges.Count - 1 : null);
            IReadOnlyList<CheckOutcome> failed = [.. run.Problems, outcome];
            return new ScenarioResult(scenario, Verdict.Inconclusive, failed, run.Exchanges, Judge.Reason(Verdict.Inconclusive, failed), started, duration);
        }

        skip ??= run.Skip;
        if (skip is not null) return new ScenarioResult(scenario, Verdict.Skip, [], run.Exchanges, skip, started, duration);

        var (_, judged) = Judge.Evaluate(scenario, run.Evidence(), session.Document);
        IReadOnlyList<CheckOutcome> outcomes = [.. run.Problems, .. judged];
        var verdict = Judge.Decide(outcomes);
        return new ScenarioResult(scenario, verdict, outcomes, run.Exchanges, Judge.Reason(verdict, outcomes), started, duration);
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
