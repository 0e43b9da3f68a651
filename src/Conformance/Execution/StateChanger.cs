using Conformance.Auth;
using Conformance.Http;
using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>
/// Puts a fixture into a state with the operation whose <c>effect.state</c> is that state —
/// to prepare a scenario, and to restore the fixture afterwards — and reads the answer as
/// evidence of the state; a probe reads it back unless a documented answer already tells it and
/// the probe could only add our own reading.
/// </summary>
internal sealed class StateChanger(VendorSession session, StateReader reader)
{
    public ApiOperation? OperationTo(string kind, string state) =>
        session.Document.Operations.FirstOrDefault(o => o.Semantics.Resource?.Kind == kind && o.Semantics.EffectState == state);

    /// <summary>Whether the answer of the operation leading to <paramref name="state"/> can itself confirm it.</summary>
    public bool AnswerConfirms(string kind, string state) => OperationTo(kind, state)?.Semantics.Outcomes.Any(o => o.Documented && o.State == state) == true;

    /// <summary>Applies the operation that leads to <paramref name="state"/>; every exchange goes to <paramref name="exchanges"/>.</summary>
    /// <returns>Why it could not be sent, when the profile lacks what it needs; else null (also when its credentials could not be obtained: the state then shows it).</returns>
    public async Task<string?> BringAsync(FixtureWatch watch, string state, string label, List<Exchange> exchanges, CancellationToken cancellationToken)
    {
        var fixture = watch.Fixture;
        if (OperationTo(fixture.Kind, state) is not { } operation) return $"no operation of the spec leads a {fixture.Kind} to state '{state}'";
        var identity = session.Profile.Identities.GetValueOrDefault(AuthPlan.Valid.Identity);
        var request = RequestBuilder.Build(operation, session.ValidRequest(operation), fixture.Id, identity);
        watch.BeforeChange();
        var (sent, last, skip) = await ValidRequestSender.SendAsync(session, operation, request, label, cancellationToken);
        exchanges.AddRange(sent);
        if (last is null)
        {
            // Skipped, or its credentials could not be obtained: the operation itself never went out.
            watch.Timeline.Unsent();
            return skip;
        }

        watch.Answered(operation, last, underTest: false);

        var told = AnswerEvidence.Match(session.Document, operation, last) is { Documented: true };
        if (!told || reader.ReadsDocumented(fixture.Kind))
        {
            var after = await reader.ReadAsync(fixture, $"probe: after {label}", cancellationToken);
            exchanges.AddRange(after.Exchanges);
            watch.Read(after);
        }

        return null;
    }
}
