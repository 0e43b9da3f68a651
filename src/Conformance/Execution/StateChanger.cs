using Conformance.Auth;
using Conformance.Configuration;
using Conformance.Http;
using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>
/// Puts a fixture into a state with the operation whose <c>effect.state</c> is that state —
/// to prepare a scenario, and to restore the fixture afterwards.
/// </summary>
internal sealed class StateChanger(VendorSession session, StateReader reader)
{
    public ApiOperation? OperationTo(string kind, string state) =>
        session.Document.Operations.FirstOrDefault(o => o.Semantics.Resource?.Kind == kind && o.Semantics.EffectState == state);

    /// <summary>Applies the operation that leads to <paramref name="state"/> and reads the state back.</summary>
    public async Task<Observation> BringAsync(FixtureRef fixture, string state, string label, CancellationToken cancellationToken)
    {
        var exchanges = new List<Exchange>();
        if (OperationTo(fixture.Kind, state) is not { } operation) return new Observation(null, exchanges);
        var identity = session.Profile.Identities.GetValueOrDefault(AuthPlan.Valid.Identity);
        var request = RequestBuilder.Build(operation, session.ValidRequest(operation), fixture.Id, identity);
        var (sent, _, skip) = await ValidRequestSender.SendAsync(session, operation, request, label, cancellationToken);
        exchanges.AddRange(sent);
        if (skip is not null) return new Observation(null, exchanges, skip);

        var after = await reader.ReadAsync(fixture, $"probe: after {label}", cancellationToken);
        return after with { Exchanges = [.. exchanges, .. after.Exchanges] };
    }
}
