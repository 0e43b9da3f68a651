using System.Text.Json.Nodes;
using Conformance.Diff.Rules;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Diff.Comparers;

/// <summary>
/// Compares an operation's effective security (its own <c>security</c>, else the document's):
/// the alternatives, the schemes in each, and their scopes. See <see cref="SecurityRules"/> for
/// why every difference is breaking.
/// </summary>
internal static class SecurityComparer
{
    public static void Compare(DiffContext context, RawOperation old, RawOperation @new)
    {
        var (oldAlternatives, oldAt) = Alternatives(old, context.Old.Root);
        var (newAlternatives, newAt) = Alternatives(@new, context.New.Root);
        if (oldAlternatives.SetEquals(newAlternatives)) return;

        var oldSchemes = Schemes(oldAlternatives);
        var newSchemes = Schemes(newAlternatives);
        var added = newSchemes.Except(oldSchemes).ToList();
        var removed = oldSchemes.Except(newSchemes).ToList();
        var rule = added.Count > 0 && removed.Count == 0 ? SecurityRules.RequirementAdded
            : removed.Count > 0 && added.Count == 0 ? SecurityRules.RequirementRemoved
            : SecurityRules.RequirementChanged;
        var detail = added.Count + removed.Count > 0
            ? string.Join("; ", new[] { List("requires", added), List("no longer requires", removed) }.Where(s => s.Length > 0))
            : "alternatives or scopes regrouped";
        var keys = Keys(added.Count + removed.Count > 0 ? added.Concat(removed) : oldSchemes.Union(newSchemes), context);
        context.Report(rule, @new.Operation.Slug, oldAt, newAt, $"{@new.Operation.Label} security {Show(oldAlternatives)} → {Show(newAlternatives)}: {detail}", keys, Steps(context, added, removed, oldAlternatives, newAlternatives));
    }

    /// <summary>One step per scheme gained or dropped; a regrouping without either, as it reads.</summary>
    private static List<ClientStep> Steps(DiffContext context, List<string> added, List<string> removed, HashSet<string> oldAlternatives, HashSet<string> newAlternatives)
    {
        var steps = added.Order(StringComparer.Ordinal)
            .Select(name => new ClientStep($"Send {ClientSteps.Credential(name, context.New.SecuritySchemes.GetValueOrDefault(name))}: now required"))
            .Concat(removed.Order(StringComparer.Ordinal)
                .Select(name => new ClientStep($"Stop sending {ClientSteps.Credential(name, context.Old.SecuritySchemes.GetValueOrDefault(name))}: no longer required")))
            .ToList();
        if (steps.Count == 0) steps.Add(new ClientStep($"Send the credentials of one of {Show(newAlternatives)} (was one of {Show(oldAlternatives)})"));
        return steps;
    }

    /// <summary>Each alternative as <c>scheme[scope,…] + scheme</c>, sorted; an empty alternative (anonymous) is "".</summary>
    private static (HashSet<string> Alternatives, string Pointer) Alternatives(RawOperation raw, JsonObject root)
    {
        var own = raw.Node.ContainsKey("security");
        var list = (own ? raw.Node["security"] : root["security"]) as JsonArray ?? [];
        var alternatives = list.OfType<JsonObject>()
            .Select(req => string.Join(" + ", req.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + Scopes(kv.Value))))
            .ToHashSet(StringComparer.Ordinal);
        return (alternatives, own ? raw.Operation.Pointer + "/security" : "/security");
    }

    private static string Scopes(JsonNode? node)
    {
        var scopes = (node as JsonArray ?? []).Select(JsonRead.Text).OfType<string>().Order(StringComparer.Ordinal).ToList();
        return scopes.Count == 0 ? "" : $"[{string.Join(",", scopes)}]";
    }

    private static HashSet<string> Schemes(IEnumerable<string> alternatives) =>
        alternatives.SelectMany(a => a.Split(" + ", StringSplitOptions.RemoveEmptyEntries)).Select(s => s.Split('[')[0]).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlyList<string> Keys(IEnumerable<string> schemes, DiffContext context) =>
        schemes.SelectMany(name => (context.New.SecuritySchemes.GetValueOrDefault(name) ?? context.Old.SecuritySchemes.GetValueOrDefault(name)) switch
            {
                { Nonce: not null } or { Auth.Kind: AuthKind.Nonce } => RequirementKeys.Nonce,
                { UserAction: not null } or { Auth.Kind: AuthKind.UserAction } => RequirementKeys.UserAction,
                _ => RequirementKeys.Auth,
            })
            .Distinct()
            .ToList();

    private static string List(string verb, List<string> schemes) => schemes.Count == 0 ? "" : $"{verb} {string.Join(", ", schemes)}";

    private static string Show(HashSet<string> alternatives) =>
        alternatives.Count == 0 ? "none" : string.Join(" | ", alternatives.Order(StringComparer.Ordinal).Select(a => a.Length == 0 ? "anonymous" : a));
}
