using System.Text.RegularExpressions;
using Conformance.Auth;
using Conformance.Checks;
using Conformance.Execution;
using Conformance.Http;
using Conformance.Reporting;
using Conformance.Scenarios;
using Conformance.Scenarios.Generators;
using Conformance.Scenarios.Plans;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Tests.Architecture;

/// <summary>
/// Keeps "A newcomer's walk" in ARCHITECTURE.md true: every file it names exists, once; every
/// source file it names declares a type this test cites by <c>typeof</c> (a rename breaks the
/// build or this test); the scenario it follows is generated from the spec line it starts at.
/// </summary>
[TestFixture]
public sealed partial class NewcomerWalkTests
{
    private const string ScenarioId = "dfns-legacy.credentials.activate/nonce/replayed";
    private const string Spec = "specs/dfns/openapi.yaml";

    /// <summary>The types the walk cites, in its order.</summary>
    private static readonly Type[] Cited =
    [
        typeof(SpecLoader), typeof(YamlJsonReader), typeof(VocabularyReader), typeof(NonceRules), typeof(Requirement),
        typeof(ApiSecurityScheme), typeof(OperationReader), typeof(ApiDocument),
        typeof(ScenarioGenerator), typeof(NonceScenarios), typeof(GenerationContext), typeof(RequirementResolver),
        typeof(NonceReplayPlan), typeof(CheckNames), typeof(Scenario),
        typeof(ConformanceRun), typeof(ScenarioFilter), typeof(RunEngine), typeof(ScenarioExecutor), typeof(FixturePool),
        typeof(ScenarioRun), typeof(StateReader), typeof(StateChanger), typeof(RequestBuilder),
        typeof(RequestAuthorizer), typeof(NonceProvider), typeof(NonceSource),
        typeof(RestSharpTransport), typeof(WireRecorder), typeof(Redactor), typeof(Exchange),
        typeof(ScenarioEvidence), typeof(Judge), typeof(CheckRegistry), typeof(ExpectedStatusCheck), typeof(ExpectedMessageCheck),
        typeof(StateCheck), typeof(CheckOutcome), typeof(Verdict),
        typeof(ScenarioResult), typeof(RunResult),
        typeof(ReportWriter), typeof(ReportComposer), typeof(SecretGuard), typeof(ReportFolders), typeof(SummaryHtmlRenderer),
    ];

    /// <summary>Cited types of projects this test assembly does not reference (the command line).</summary>
    private static readonly string[] CitedElsewhere = ["RunCommand"];

    private static string Walk => ArchitectureDocument.Section("A newcomer's walk");

    private static IReadOnlyList<string> Files => FilePath().Matches(Walk).Select(m => m.Groups[1].Value).ToList();

    [Test]
    public void TheWalk_NamesEachFileOnce()
    {
        var twice = Files.GroupBy(f => f).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Files, Has.Count.GreaterThan(20), "the walk names the files it passes through");
            Assert.That(twice, Is.Empty, "the walk names each file once");
            Assert.That(Files[0], Is.EqualTo(Spec), "the walk starts at the spec");
            Assert.That(Files[^1], Is.EqualTo($"reports/latest/{new SummaryHtmlRenderer().FileName}"), "the walk ends at the summary the renderer writes");
        });
    }

    [Test]
    public void EveryFileTheWalkNames_Exists()
    {
        var missing = Files.Where(f => !f.StartsWith("reports/", StringComparison.Ordinal))
            .Where(f => !File.Exists(Path.Combine(ArchitectureDocument.Root, f))).ToList();
        Assert.That(missing, Is.Empty, "ARCHITECTURE.md's walk names files that do not exist: " + string.Join(", ", missing));
    }

    [Test]
    public void EverySourceFileTheWalkNames_DeclaresACitedType_AndEveryCitedTypeIsInTheWalk()
    {
        var names = Cited.Select(t => t.Name.Split('`')[0]).Concat(CitedElsewhere).ToList();
        var declared = Files.Where(f => f.EndsWith(".cs", StringComparison.Ordinal) && File.Exists(Path.Combine(ArchitectureDocument.Root, f)))
            .ToDictionary(f => f, f => names.Where(n => Declares(File.ReadAllText(Path.Combine(ArchitectureDocument.Root, f)), n)).ToList());

        Assert.Multiple(() =>
        {
            foreach (var (file, types) in declared)
            {
                Assert.That(types, Is.Not.Empty, $"the walk names {file}, which declares none of the types NewcomerWalkTests cites: cite its type there");
            }

            foreach (var name in names)
            {
                Assert.That(declared.Values.Any(t => t.Contains(name)), Is.True, $"{name} is cited but no file of the walk declares it (renamed or moved? update ARCHITECTURE.md's walk)");
                Assert.That(Walk, Does.Contain($"`{name}").Or.Contain($"/{name}.cs`"), $"the walk does not name {name}");
            }
        });
    }

    [Test]
    public void TheScenarioTheWalkFollows_ComesFromTheSpecLineItStartsAt()
    {
        var specPath = Path.Combine(ArchitectureDocument.Root, Spec);
        var scenario = ScenarioGenerator.Generate(SpecLoader.Load(specPath)).SingleOrDefault(s => s.Id == ScenarioId);

        Assert.Multiple(() =>
        {
            Assert.That(Walk, Does.Contain($"`{ScenarioId}`"));
            Assert.That(File.ReadAllLines(specPath).Any(l => l.Trim() == "nonce/replay-rejected:"), Is.True, $"{Spec} has the line the walk starts at");
            Assert.That(scenario, Is.Not.Null, $"{ScenarioId} is no longer generated");
            Assert.That(scenario?.Requirement.Id, Is.EqualTo("dfns-legacy.credentials.activate/nonce/replay-rejected"));
            Assert.That(scenario?.Plan, Is.InstanceOf<NonceReplayPlan>());
            Assert.That(scenario?.Checks, Does.Contain(CheckNames.ExpectedStatus).And.Contain(CheckNames.ExpectedMessage).And.Contain(CheckNames.ReplayHadNoEffect));
            Assert.That(scenario?.Secondary.Select(r => r.Id), Does.Contain("dfns-legacy.credentials.activate/nonce/replay-no-effect"));
        });
    }

    private static bool Declares(string source, string typeName) =>
        Regex.IsMatch(source, $@"\b(class|record|struct|interface|enum)\s+{Regex.Escape(typeName)}\b");

    [GeneratedRegex(@"`((?:specs|src|tests|reports)/[A-Za-z0-9_./-]+\.[a-z]+)`")]
    private static partial Regex FilePath();
}
