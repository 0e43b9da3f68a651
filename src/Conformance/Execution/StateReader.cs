using System.Text.Json.Nodes;
using Conformance.Auth;
using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Http;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Execution;

/// <summary>
/// Reads a fixture's state through the operation the spec marks as its probe
/// (<c>x-conformance-probe</c>) and maps the answer to a state name.
/// </summary>
internal sealed class StateReader(VendorSession session)
{
    public bool CanRead(string kind) => Probe(kind) is not null;

    public async Task<Observation> ReadAsync(FixtureRef fixture, string label, CancellationToken cancellationToken)
    {
        if (Probe(fixture.Kind) is not { } operation) return new Observation(null, []);
        var request = RequestBuilder.Build(operation, session.ValidRequest(operation), fixture.Id, null);
        var (exchanges, sent, skip) = await ValidRequestSender.SendAsync(session, operation, request, label, cancellationToken);
        return new Observation(sent is null ? null : Map(operation.Probe!, sent, fixture.Id), exchanges, skip);
    }

    private ApiOperation? Probe(string kind) => session.Document.Operations.FirstOrDefault(o => o.Probe?.Kind == kind);

    private static string? Map(ProbeDefinition probe, Exchange exchange, string id)
    {
        if (exchange.Status is not { } status) return null;
        JsonNode? subject = exchange.Json;
        if (probe.Items is { } items && probe.Key is { } key)
        {
            subject = (JsonPath.TryGet(exchange.Json, items, out var list) ? list as JsonArray : null)?
                .FirstOrDefault(item => JsonPath.Text(item, key) == id);
            if (subject is null) return null;
        }

        foreach (var state in probe.States)
        {
            if (state.Status is { } expected && expected != status) continue;
            if (state.Field is { } field)
            {
                if (!JsonPath.TryGet(subject, field, out var value) || !JsonNode.DeepEquals(value, state.EqualsValue)) continue;
            }

            return state.Name;
        }

        return null;
    }
}
