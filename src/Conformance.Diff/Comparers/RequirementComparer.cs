using Conformance.Diff.Rules;
using Conformance.Spec.Vocabulary;

namespace Conformance.Diff.Comparers;

/// <summary>Compares two x-requirements maps (document, security scheme or operation level) by key.</summary>
internal static class RequirementComparer
{
    /// <param name="scope">How messages name the owner, e.g. <c>PUT /auth/credentials/activate</c>.</param>
    /// <param name="report">Reports a change (and touches what the owner's scope touches), with its client steps.</param>
    /// <param name="credential">What the owner's client sends ("header X-DFNS-NONCE …") when the owner is a
    /// security scheme, so the migration note can say which refusal changed.</param>
    public static void Compare(
        IReadOnlyList<Requirement> old,
        IReadOnlyList<Requirement> @new,
        string oldBase,
        string newBase,
        string scope,
        Action<DiffRule, string?, string?, string, IReadOnlyList<string>, IReadOnlyList<ClientStep>?> report,
        string? credential = null)
    {
        var olds = old.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var news = @new.ToDictionary(r => r.Key, StringComparer.Ordinal);
        foreach (var (key, o) in olds)
        {
            var oldAt = Spec.JsonPointer.Append(oldBase, key);
            var newAt = Spec.JsonPointer.Append(newBase, key);
            IReadOnlyList<string> keys = [key];
            if (!news.TryGetValue(key, out var n))
            {
                report(RequirementRules.Removed, oldAt, newBase, $"{scope}: requirement {key} ({o.Level.ToString().ToUpperInvariant()}) removed", keys, null);
                continue;
            }

            if (o.Level != n.Level)
            {
                var rule = n.Level < o.Level ? RequirementRules.LevelLowered : RequirementRules.LevelRaised;
                report(rule, oldAt, newAt, $"{scope}: requirement {key} level {o.Level.ToString().ToUpperInvariant()} → {n.Level.ToString().ToUpperInvariant()}", keys, null);
            }

            if (ValueDiff.Describe(o.Expect, n.Expect) is { } expect)
            {
                report(RequirementRules.ExpectChanged, oldAt + "/expect", newAt + "/expect", $"{scope}: requirement {key} expects differently: {expect}", keys,
                    ClientSteps.ForAnswer(ClientSteps.Situation(key, credential), o.Expect, n.Expect));
            }

            if (o.Source != n.Source || o.Quote != n.Quote)
            {
                report(RequirementRules.SourceChanged, oldAt, newAt, $"{scope}: requirement {key} now rests on {n.Source}: \"{n.Quote}\"", keys, null);
            }
        }

        foreach (var (key, n) in news.Where(kv => !olds.ContainsKey(kv.Key)))
        {
            report(RequirementRules.Added, oldBase, Spec.JsonPointer.Append(newBase, key), $"{scope}: requirement {key} ({n.Level.ToString().ToUpperInvariant()}) added", [key], null);
        }
    }
}
