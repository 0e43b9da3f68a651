using System.Text.Json.Nodes;
using Conformance.Scenarios;

namespace Conformance.Checks;

/// <summary>
/// Every enveloped body keeps the spec's <c>x-envelope</c> invariants (senhasegura: <c>code</c>
/// = HTTP status = <c>response.status</c>, <c>erro</c> = <c>error</c>, …).
/// </summary>
internal sealed class EnvelopeInvariantsCheck : ICheck
{
    public string Name => CheckNames.EnvelopeInvariants;

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        if (context.Document.Envelope is not { } envelope) yield break;
        foreach (var judged in JudgedExchange.All(context))
        {
            if (judged.Exchange.Json is not JsonObject body || !body.ContainsKey(envelope.AppliesTo)) continue;
            var requirement = context.Requirement("envelope/invariants", judged.Operation ?? context.Scenario.Operation);
            foreach (var invariant in envelope.Invariants)
            {
                var values = invariant.Members
                    .Select(m => m == "$status" ? (m, (JsonNode?)JsonValue.Create(judged.Response.Status), true) : (m, Value(body, m, out var present), present))
                    .Where(v => v.Item3)
                    .Select(v => (Member: v.m, Value: v.Item2?.ToJsonString() ?? "null"))
                    .ToList();
                if (values.Count < 2) continue;
                yield return values.Select(v => v.Value).Distinct().Count() == 1
                    ? Outcomes.Pass(Name, requirement, $"{invariant} holds")
                    : Outcomes.Fail(Name, requirement, $"envelope invariant {invariant} broken", $"{invariant} all equal",
                        string.Join(", ", values.Select(v => $"{v.Member}={v.Value}")), judged.Index);
            }
        }
    }

    private static JsonNode? Value(JsonObject body, string path, out bool present)
    {
        present = JsonPath.TryGet(body, path, out var value);
        return value;
    }
}
