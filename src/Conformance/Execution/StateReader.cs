using System.Text.Json.Nodes;
using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Http;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Execution;

/// <summary>
/// Reads a fixture's state through the reads the spec marks as its probes
/// (<c>x-conformance-probe</c>), in their declared order: the first probe whose answer maps to a
/// state tells it, with that probe's own basis (a decision reads as our reading, never as the
/// vendor's word).
/// </summary>
internal sealed class StateReader(VendorSession session)
{
    public bool CanRead(string kind) => Probes(kind).Count > 0;

    /// <summary>Whether the first probe of the kind rests on the vendor's word.</summary>
    public bool ReadsDocumented(string kind) => Probes(kind) is [{ Probe.Documented: true }, ..];

    public async Task<Observation> ReadAsync(FixtureRef fixture, string label, CancellationToken cancellationToken)
    {
        var exchanges = new List<Exchange>();
        var tried = new List<string>();
        foreach (var operation in Probes(fixture.Kind))
        {
            var request = RequestBuilder.Build(operation, session.ValidRequest(operation), fixture.Id, null);
            var (sent, last, skip) = await ValidRequestSender.SendAsync(session, operation, request, label, cancellationToken);
            exchanges.AddRange(sent);
            if (skip is not null) return new Observation(null, exchanges, skip);
            var probe = operation.Probe!;
            var basis = EvidenceBases.Word(probe.Basis);
            if (last is not null && Map(probe, last, fixture.Id) is { } state)
            {
                return new Observation(state, exchanges) { Documented = probe.Documented, Evidence = $"probe {operation.Slug} ({basis}) answered {last.Status}" };
            }

            tried.Add(last is not null ? $"{operation.Slug} answered {Outcomes.Headline(last)}, which maps to no state"
                : sent.Count > 0 ? $"{operation.Slug}: no request could be sent ({sent[^1].Label} answered {Outcomes.Headline(sent[^1])})"
                : $"{operation.Slug}: no request could be sent");
        }

        return new Observation(null, exchanges) { Evidence = tried.Count == 0 ? "no probe reads this kind" : string.Join("; ", tried) };
    }

    /// <summary>The probes of a kind: declared order first, then document order.</summary>
    private List<ApiOperation> Probes(string kind) =>
        session.Document.Operations.Where(o => o.Probe?.Kind == kind).OrderBy(o => o.Probe!.Order ?? int.MaxValue).ToList();

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
