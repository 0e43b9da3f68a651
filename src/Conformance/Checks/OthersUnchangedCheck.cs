using Conformance.Scenarios;

namespace Conformance.Checks;

/// <summary>Every other fixture of the kind is in the state it was in before the operation.</summary>
internal sealed class OthersUnchangedCheck : ICheck
{
    public string Name => CheckNames.OthersUnchanged;

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        var requirement = context.Scenario.Requirement;
        var before = context.Evidence.OthersBefore;
        if (before.Count == 0)
        {
            yield return Outcomes.Skip(Name, requirement, "the profile lists no other fixture of this kind");
            yield break;
        }

        // An unknown state (the probe could not tell) proves nothing either way.
        var unknown = before.Where(b => b.Value is null || context.Evidence.OthersAfter.GetValueOrDefault(b.Key) is null).Select(b => b.Key).ToList();
        var moved = before.Where(b => !unknown.Contains(b.Key) && context.Evidence.OthersAfter.GetValueOrDefault(b.Key) != b.Value).ToList();
        if (moved.Count == 0 && unknown.Count > 0)
        {
            yield return Outcomes.Inconclusive(Name, requirement, $"the state of {string.Join(", ", unknown)} could not be read before and after");
            yield break;
        }

        yield return moved.Count == 0
            ? Outcomes.Pass(Name, requirement, $"{before.Count} other fixtures unchanged")
            : Outcomes.Fail(Name, requirement, "the operation changed another resource",
                string.Join(", ", moved.Select(m => $"{m.Key}: {m.Value ?? "(unknown)"}")),
                string.Join(", ", moved.Select(m => $"{m.Key}: {context.Evidence.OthersAfter.GetValueOrDefault(m.Key) ?? "(unknown)"}")));
    }
}
