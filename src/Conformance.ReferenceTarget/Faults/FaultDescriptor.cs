namespace Conformance.ReferenceTarget;

/// <summary>One named, injectable deviation of the reference target.</summary>
/// <param name="Name">Kebab-case name used with <c>--fault</c>.</param>
/// <param name="Vendor">Vendor slug: <c>dfns</c> or <c>senhasegura</c>.</param>
/// <param name="OperationId">The one operation the fault is scoped to (DECISIONS.md operation ids).</param>
/// <param name="RequirementKey">The requirement key it breaks (specs/README.md vocabulary).</param>
/// <param name="Description">One line saying what the target then does wrong.</param>
public sealed record FaultDescriptor(string Name, string Vendor, string OperationId, string RequirementKey, string Description)
{
    private readonly string? contract;

    /// <summary>The contract whose requirement the fault breaks (the vendor unless said otherwise).</summary>
    public string Contract
    {
        get => contract ?? Vendor;
        init => contract = value;
    }

    /// <summary>
    /// Alternative readings (<see cref="Readings"/>) under which the fault cannot be told from a
    /// faithful server, reading name → why: the reading itself answers the way the fault does, so
    /// no verdict may call it a failure there. Declared only where that is truly so.
    /// </summary>
    public IReadOnlyDictionary<string, string> UndetectableUnder { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The API of the reference target that honours the fault (<see cref="ReferenceApis"/>).</summary>
    public string Api { get; init; } = ReferenceApis.Main;

    /// <summary>What catches the fault: <see cref="Scenarios"/> (the default run) or <see cref="Fuzzing"/> (only a run with <c>--fuzz</c>).</summary>
    public string FoundBy { get; init; } = Scenarios;

    public const string Scenarios = "scenarios";
    public const string Fuzzing = "fuzzing";

    /// <summary>The full requirement id: <c>&lt;contract&gt;.&lt;operationId&gt;/&lt;key&gt;</c>.</summary>
    public string RequirementId => $"{Contract}.{OperationId}/{RequirementKey}";
}
