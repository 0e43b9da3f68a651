using Conformance.Scenarios;
using Conformance.Spec;
using Conformance.Tests.Spec;

namespace Conformance.Tests.Scenarios;

/// <summary>The two vendor specs, loaded once, and their generated scenarios by id.</summary>
internal static class VendorScenarios
{
    private static readonly Lazy<ApiDocument> DfnsLoaded = new(() => SpecLoader.Load(SpecFiles.Dfns));
    private static readonly Lazy<ApiDocument> SenhaseguraLoaded = new(() => SpecLoader.Load(SpecFiles.Senhasegura));
    private static readonly Lazy<IReadOnlyList<Scenario>> DfnsGenerated = new(() => ScenarioGenerator.Generate(DfnsDocument));
    private static readonly Lazy<IReadOnlyList<Scenario>> SenhaseguraGenerated = new(() => ScenarioGenerator.Generate(SenhaseguraDocument));

    public static ApiDocument DfnsDocument => DfnsLoaded.Value;

    public static ApiDocument SenhaseguraDocument => SenhaseguraLoaded.Value;

    public static IReadOnlyList<Scenario> AllDfns => DfnsGenerated.Value;

    public static IReadOnlyList<Scenario> AllSenhasegura => SenhaseguraGenerated.Value;

    /// <summary>A Dfns scenario by id, e.g. <c>dfns-legacy.credentials.activate/nonce/replayed</c>.</summary>
    public static Scenario Dfns(string id) => Find(AllDfns, id);

    /// <summary>A senhasegura scenario by id, e.g. <c>senhasegura.credentials.enable/idempotent/repeat</c>.</summary>
    public static Scenario Senhasegura(string id) => Find(AllSenhasegura, id);

    /// <summary>The spec a scenario was generated from.</summary>
    public static ApiDocument DocumentOf(Scenario scenario) => scenario.Vendor switch
    {
        "dfns" => DfnsDocument,
        "senhasegura" => SenhaseguraDocument,
        _ => throw new ArgumentException($"no vendor spec '{scenario.Vendor}'", nameof(scenario)),
    };

    private static Scenario Find(IReadOnlyList<Scenario> scenarios, string id) =>
        scenarios.FirstOrDefault(s => s.Id == id) ?? throw new ArgumentException($"no scenario '{id}'", nameof(id));
}
