using ArchUnitNET.NUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Conformance.Tests.Architecture;

/// <summary>
/// ARCHITECTURE.md's stage table as tests: each stage uses only the stages the table allows it,
/// and only the allowed part of those the table narrows in parentheses. A failure names the rule
/// and every offending type with what it uses.
/// </summary>
[TestFixture]
public sealed class StageRuleTests
{
    public static IEnumerable<TestCaseData> StageRules() =>
        StageTable.Stages.Select(s => new TestCaseData(s.Name).SetName($"Architecture rule: {s.Rule}"));

    public static IEnumerable<TestCaseData> NarrowRules() =>
        StageTable.Narrowings.Select((n, i) => new TestCaseData(i).SetName($"Architecture rule: {n.Rule}"));

    [TestCaseSource(nameof(StageRules))]
    public void Stage_UsesOnlyTheStagesItMayUse(string name)
    {
        var stage = StageTable.Named(name);
        var others = StageTable.Stages.Where(o => o != stage && !stage.MayUse.Contains(o.Name)).ToList();

        Types().That().ResideInNamespaceOrBelow(stage.Namespace)
            .Should().FollowCustomCondition(t => EngineModel.UsesNone(t, used => others.Any(o => o.Holds(EngineModel.NamespaceOf(used)))),
                $"use no type of {string.Join(", ", others)}")
            .Because($"of the architecture rule \"{stage.Rule}\" (ARCHITECTURE.md, stage table)")
            .Check(EngineModel.Architecture);
    }

    [TestCaseSource(nameof(NarrowRules))]
    public void Stage_UsesOnlyTheAllowedPartOfAStage(int index)
    {
        var rule = StageTable.Narrowings[index];

        Types().That().ResideInNamespaceOrBelow(rule.User.Namespace)
            .Should().FollowCustomCondition(t => EngineModel.UsesNone(t, rule.Forbidden), "use none of the types the rule excludes")
            .Because($"of the architecture rule \"{rule.Rule}\" (ARCHITECTURE.md, stage table)")
            .Check(EngineModel.Architecture);
    }

    [Test]
    public void Engine_NeverUsesNUnitOrTheReferenceTarget()
    {
        const string rule = "The engine knows nothing of NUnit and does not reference the reference target";
        Types().That().ResideInAssembly(EngineModel.Engine)
            .Should().FollowCustomCondition(t => EngineModel.UsesNone(t, used =>
                    EngineModel.NamespaceOf(used).StartsWith("NUnit", StringComparison.Ordinal)
                    || StartsWithNamespace(EngineModel.NamespaceOf(used), "Conformance.ReferenceTarget")),
                "use no type of NUnit or of Conformance.ReferenceTarget")
            .Because($"of the architecture rule \"{rule}\" (ARCHITECTURE.md)")
            .Check(EngineModel.Architecture);

        var references = EngineModel.Engine.GetReferencedAssemblies().Select(a => a.Name ?? "")
            .Where(n => n.StartsWith("nunit", StringComparison.OrdinalIgnoreCase) || n == "Conformance.ReferenceTarget").ToList();
        Assert.That(references, Is.Empty, $"Architecture rule \"{rule}\": the Conformance assembly references {string.Join(", ", references)}");
    }

    [Test]
    public void DiffTool_ReferencesTheEngineAndNothingElseOfOurs()
    {
        var ours = EngineModel.DiffTool.GetReferencedAssemblies().Select(a => a.Name ?? "")
            .Where(n => n.StartsWith("Conformance", StringComparison.Ordinal)).ToList();
        Assert.That(ours, Is.EqualTo(new[] { "Conformance" }),
            "Architecture rule \"Diff may use only Spec\": Conformance.Diff is a tool of its own over the engine's Spec stage");
    }

    [Test]
    public void EveryTypeOfOurs_LivesInAStageOfTheTable()
    {
        var misplaced = EngineModel.Engine.GetTypes().Where(t => IsOurs(t) && (StageTable.Of(t.Namespace) is not { } s || s == StageTable.Diff))
            .Concat(EngineModel.DiffTool.GetTypes().Where(t => IsOurs(t) && StageTable.Of(t.Namespace) != StageTable.Diff))
            .Select(t => $"{t.Assembly.GetName().Name}: {t.FullName}").Order(StringComparer.Ordinal).ToList();

        Assert.That(misplaced, Is.Empty,
            "Architecture rule \"every type lives in a stage of the table\" (ARCHITECTURE.md): a new folder is a new stage, so add its row to the "
            + "table and to StageTable; the diff lives only in Conformance.Diff. Misplaced: " + string.Join("; ", misplaced));
    }

    private static bool IsOurs(Type type) => StartsWithNamespace(type.Namespace, "Conformance");

    private static bool StartsWithNamespace(string? name, string prefix) =>
        name is not null && (name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal));
}
