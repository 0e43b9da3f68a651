using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Scenarios;

namespace Conformance.Execution;

/// <summary>
/// Runs one scenario: leases its fixture, reads and prepares its state, follows the plan,
/// restores every fixture it may have moved (also on failure, on an unexpected error and when
/// the run is stopped), then has the checks judge the evidence. Only this stage sends requests
/// for scenarios. A scenario that may change a fixture runs only when every state of its kind
/// could be restored.
/// </summary>
internal sealed class ScenarioExecutor(VendorSession session, Action<FixtureRestoreFailure> reportUnrestored, RunControl control)
{
    private readonly StateReader reader = new(session);

    public async Task<ScenarioResult> RunAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        var started = session.Time.GetUtcNow();
        var run = new ScenarioRun(scenario, session, reader);
        string? skip = null;
        Exception? error = null;
        FixtureLease? lease = null;
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, control.Stopping);
        var ct = stopping.Token;
        try
        {
            var need = scenario.Plan.Needs;
            if (need is not null)
            {
                skip = Blocker(scenario, need);
                if (skip is null)
                {
                    lease = await session.Fixtures.AcquireAsync(need.Kind, need.WatchOthers, Eligible(need), ct);
                    if (need.WatchOthers && lease.Others.Count == 0)
                    {
                        // "No other fixture moved" proves nothing when there is none to watch.
                        skip = $"the profile lists only one '{need.Kind}' fixture for vendor '{session.Document.Vendor}': no other fixture to watch";
                    }
                    else
                    {
                        await run.PrepareAsync(lease, need, ct);
                    }
                }
            }

            if (skip is null && run.Skip is null) await run.FollowAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            skip = control.StopReason is { } reason ? $"interrupted: {reason}" : "the run was cancelled";
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
                // Restore even when the run is stopped: a fixture must not be left changed. Only
                // abandoning (the last resort) cancels it.
                if (run.Watch is { Timeline.Changed: true } watch) await RestoreAsync(run, watch);
                foreach (var other in lease.Others.Where(o => run.OthersBefore.ContainsKey(o.Id)))
                {
                    await RestoreOtherAsync(run, other, run.OthersBefore[other.Id]);
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

    /// <summary>Why the scenario cannot have a fixture, or null.</summary>
    private string? Blocker(Scenario scenario, FixtureNeed need)
    {
        var vendor = session.Document.Vendor;
        if (!session.Fixtures.Has(need.Kind)) return $"the profile lists no '{need.Kind}' fixture for vendor '{vendor}'";
        if (need.DeniedTo is { } role && !session.Profile.FixturesOf(need.Kind).Any(f => session.Profile.IsDenied(f, role)))
        {
            return $"the profile does not say which '{need.Kind}' fixtures identity '{role}' cannot access: add deniedTo: [{role}] to such a fixture "
                + $"(vendors.{vendor}.fixtures.{need.Kind}) or deniedKinds: [{need.Kind}] to the identity (docs/target-profile.md)";
        }

        return Restorability.MayChange(scenario) ? new Restorability(session).Blocker(need.Kind) : null;
    }

    private Func<FixtureRef, bool>? Eligible(FixtureNeed need) => need.DeniedTo is { } role ? f => session.Profile.IsDenied(f, role) : null;

    private async Task RestoreAsync(ScenarioRun run, FixtureWatch watch)
    {
        try
        {
            var (outcome, detail) = await new FixtureRestorer(session, reader).RestoreAsync(watch, "restore", run.Exchanges, control.Abandoning);
            Report(watch, outcome, detail, run.Scenario.Id);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var reason = e is OperationCanceledException && control.Abandoned ? "restoration abandoned" : $"{e.GetType().Name} while restoring";
            watch.Settled(RestoreOutcome.NotRestored, null, reason);
            Report(watch, RestoreOutcome.NotRestored, reason, run.Scenario.Id);
        }
    }

    /// <summary>Another fixture of the kind that moved while the scenario watched it (a fault): put it back too.</summary>
    private async Task RestoreOtherAsync(ScenarioRun run, FixtureRef other, Observation before)
    {
        var watch = new FixtureWatch(session, other, run.Scenario.Id);
        watch.Read(before);
        if (before.State is null) return;
        try
        {
            var now = await reader.ReadAsync(other, "probe: restore other", control.Abandoning);
            run.Exchanges.AddRange(now.Exchanges);

            // The run sent this fixture nothing: only a read showing it moved (a fault) calls for putting it back.
            if (now.State is null || now.State == before.State) return;
            watch.BeforeChange();
            watch.Timeline.Answered(null, null, underTest: false);
            watch.Read(now);
            var (outcome, detail) = await new FixtureRestorer(session, reader).RestoreAsync(watch, "restore other", run.Exchanges, control.Abandoning);
            Report(watch, outcome, detail, run.Scenario.Id);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only a fixture found moved (and so journaled) is reported: one merely watched was not changed by the run.
            if (!watch.Timeline.Changed) return;
            var reason = e is OperationCanceledException && control.Abandoned ? "restoration abandoned" : $"{e.GetType().Name} while restoring";
            watch.Settled(RestoreOutcome.NotRestored, null, reason);
            Report(watch, RestoreOutcome.NotRestored, reason, run.Scenario.Id);
        }
    }

    private void Report(FixtureWatch watch, RestoreOutcome outcome, string detail, string scenarioId)
    {
        if (outcome == RestoreOutcome.Restored) return;
        var fixture = watch.Fixture;
        reportUnrestored(new FixtureRestoreFailure(session.Document.Vendor, fixture.Kind, fixture.Id, watch.Timeline.Original.State ?? "(unknown)",
            watch.Timeline.Current.State, $"{detail} (after {scenarioId})")
        {
            Unconfirmed = outcome == RestoreOutcome.Unconfirmed,
        });
    }
}
