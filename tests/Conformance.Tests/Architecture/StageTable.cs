using ArchUnitNET.Domain;
using Conformance.Auth;
using Conformance.Configuration;

namespace Conformance.Tests.Architecture;

/// <summary>
/// ARCHITECTURE.md's stage table as data; the architecture tests check the code against it and
/// the document against it. Ordinary work (a new type in a stage) changes nothing here; a new
/// stage or a new arrow between stages is an architecture decision: change the table in
/// ARCHITECTURE.md and here together.
/// </summary>
internal static class StageTable
{
    public static readonly Stage Spec = new("Spec", "Conformance.Spec", "src/Conformance/Spec", []);
    public static readonly Stage Scenarios = new("Scenarios", "Conformance.Scenarios", "src/Conformance/Scenarios", ["Spec", "Auth"]);
    public static readonly Stage Auth = new("Auth", "Conformance.Auth", "src/Conformance/Auth", ["Spec", "Http", "Configuration"]);
    public static readonly Stage Http = new("Http", "Conformance.Http", "src/Conformance/Http", []);
    public static readonly Stage Checks = new("Checks", "Conformance.Checks", "src/Conformance/Checks", ["Spec", "Scenarios", "Http", "Configuration"]);
    public static readonly Stage Execution = new("Execution", "Conformance.Execution", "src/Conformance/Execution", ["Spec", "Scenarios", "Auth", "Http", "Checks", "Configuration"]);
    public static readonly Stage Reporting = new("Reporting", "Conformance.Reporting", "src/Conformance/Reporting", ["Execution", "Checks", "Scenarios", "Spec", "Http"]);
    public static readonly Stage Configuration = new("Configuration", "Conformance.Configuration", "src/Conformance/Configuration", ["Spec"]);
    public static readonly Stage Diff = new("Diff", "Conformance.Diff", "src/Conformance.Diff", ["Spec"]);

    /// <summary>In the order of the document's table.</summary>
    public static readonly IReadOnlyList<Stage> Stages = [Spec, Scenarios, Auth, Http, Checks, Execution, Reporting, Diff, Configuration];

    /// <summary>The stages of the engine assembly (the diff is its own project).</summary>
    public static IEnumerable<Stage> EngineStages => Stages.Where(s => s != Diff);

    public static Stage Named(string name) => Stages.Single(s => s.Name == name);

    public static Stage? Of(string? namespaceName) => Stages.FirstOrDefault(s => s.Holds(namespaceName));

    /// <summary>The parts of a stage another may not use although it may use the stage (the table's parentheses).</summary>
    public static readonly IReadOnlyList<Narrowing> Narrowings =
    [
        new("Scenarios use only the data types AuthPlan and UserActionBinding of Auth", Scenarios,
            t => Auth.Holds(EngineModel.NamespaceOf(t)) && !IsOrNestedIn(t, typeof(AuthPlan), typeof(UserActionBinding))),
        new($"Checks never reference the HTTP transport's sending side ({SendingSide.Description})", Checks, SendingSide.Holds),
        new($"Reporting never references the HTTP transport's sending side ({SendingSide.Description})", Reporting, SendingSide.Holds),
        new("Checks use only FixtureRef of Configuration", Checks,
            t => Configuration.Holds(EngineModel.NamespaceOf(t)) && !IsOrNestedIn(t, typeof(FixtureRef))),
        new("Configuration uses only the vocabulary's enums of Spec (Spec/Vocabulary: RequirementLevel)", Configuration,
            t => Spec.Holds(EngineModel.NamespaceOf(t)) && !(t is ArchUnitNET.Domain.Enum && EngineModel.NamespaceOf(t) == "Conformance.Spec.Vocabulary")),
    ];

    private static bool IsOrNestedIn(IType type, params Type[] allowed) =>
        allowed.Any(a => type.FullName == a.FullName || type.FullName.StartsWith(a.FullName + "+", StringComparison.Ordinal));
}
