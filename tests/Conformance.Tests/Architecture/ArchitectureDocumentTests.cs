using System.Text.RegularExpressions;

namespace Conformance.Tests.Architecture;

/// <summary>
/// The document and the tests say the same thing: ARCHITECTURE.md's stage table has one row per
/// stage of <see cref="StageTable"/>, at the same folder, allowing the same stages; the engine
/// has no folder the table does not name; each cross-cutting concept has a home in a stage.
/// </summary>
[TestFixture]
public sealed partial class ArchitectureDocumentTests
{
    [Test]
    public void StageTable_HasTheStagesOfTheTests()
    {
        var documented = ArchitectureDocument.Table("Stage").Select(r => r[0]).ToList();
        Assert.That(documented, Is.EqualTo(StageTable.Stages.Select(s => s.Name)),
            "ARCHITECTURE.md's stage table and tests/Conformance.Tests/Architecture/StageTable.cs must list the same stages in the same order");
    }

    [Test]
    public void EachStageRow_NamesTheFolderAndTheStagesTheTestsAllow()
    {
        Assert.Multiple(() =>
        {
            foreach (var row in ArchitectureDocument.Table("Stage"))
            {
                var stage = StageTable.Stages.FirstOrDefault(s => s.Name == row[0]);
                if (stage is null) continue; // the test above names it
                var folder = Backticked().Match(row[1]).Groups[1].Value.TrimEnd('/');
                var resolved = folder.StartsWith("src/", StringComparison.Ordinal) ? folder : $"src/Conformance/{folder}";
                Assert.That(resolved, Is.EqualTo(stage.Folder), $"ARCHITECTURE.md: the folder of {stage.Name}");

                var allowed = StageWord.Matches(row[^1]).Select(m => m.Value).Where(w => w != stage.Name).Distinct().Order();
                Assert.That(allowed, Is.EqualTo(stage.MayUse.Order()),
                    $"ARCHITECTURE.md's 'May use' of {stage.Name} and the rule \"{stage.Rule}\" must agree");
            }
        });
    }

    [Test]
    public void EveryStageFolder_ExistsAndTheEngineHasNoOther()
    {
        var root = ArchitectureDocument.Root;
        var engine = Path.Combine(root, "src", "Conformance");
        var folders = Directory.GetDirectories(engine).Select(Path.GetFileName).OfType<string>()
            .Where(f => f is not ("bin" or "obj")).Select(f => $"src/Conformance/{f}").Order(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            foreach (var stage in StageTable.Stages)
            {
                Assert.That(Directory.Exists(Path.Combine(root, stage.Folder)), Is.True, $"the folder of {stage.Name}, {stage.Folder}, does not exist");
            }

            Assert.That(folders, Is.EqualTo(StageTable.EngineStages.Select(s => s.Folder).Order(StringComparer.Ordinal)),
                "Architecture rule \"every folder of src/Conformance is a stage of the table\": a new folder is a new stage (ARCHITECTURE.md and StageTable)");
        });
    }

    [Test]
    public void EachConcept_HasItsHomeInAStage()
    {
        var rows = ArchitectureDocument.Table("Concept");
        var engineTypes = EngineModel.Engine.GetTypes().Where(t => t.Namespace?.StartsWith("Conformance", StringComparison.Ordinal) == true)
            .ToLookup(t => t.Name);

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r[0]), Has.Some.StartsWith("evidence basis").And.Some.StartsWith("INCONCLUSIVE")
                .And.Some.StartsWith("documentation gaps").And.Some.StartsWith("the fixture journal")
                .And.Some.StartsWith("the multi-target grid").And.Some.StartsWith("evidence bundles"));
            foreach (var row in rows)
            {
                var stage = StageTable.Stages.FirstOrDefault(s => s.Name == row[1]);
                Assert.That(stage, Is.Not.Null, $"the home of '{row[0]}' must be a stage of the table, not '{row[1]}'");
                if (stage is null) continue;

                // Other branches are adding these concepts: each type the row names that exists
                // already must live in the home stage, or in the stage the row says it lives in
                // ("Execution's `RunResult`").
                foreach (var name in Backticked().Matches(row[2]).Select(m => m.Groups[1].Value.Split('.')[0]))
                {
                    foreach (var type in engineTypes[name])
                    {
                        var home = StageTable.Of(type.Namespace);
                        var said = home == stage || row[2].Contains($"{home?.Name}'s `{name}`", StringComparison.Ordinal);
                        Assert.That(said, Is.True, $"'{row[0]}': {type.FullName} lives in {home?.Name ?? "no stage"}, not in {stage.Name}");
                    }
                }
            }
        });
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    private static readonly Regex StageWord = new($@"\b({string.Join("|", StageTable.Stages.Select(s => s.Name))})\b");
}
