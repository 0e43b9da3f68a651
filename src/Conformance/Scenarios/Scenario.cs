using Conformance.Spec;

namespace Conformance.Scenarios;

/// <summary>
/// One generated scenario: a stable id, the stimulus it sends (one line, h2spec's Desc), the
/// requirement it tests (h2spec's Requirement, with its source), the checks that judge it, and
/// the plan the executor follows. Pure data: generating a scenario sends nothing.
/// </summary>
/// <param name="Id">Stable slug <c>&lt;contract&gt;.&lt;operation&gt;/&lt;class&gt;/&lt;variant&gt;</c>.</param>
/// <param name="Vendor">The vendor (the profile section the scenario's identities and fixtures come from).</param>
/// <param name="Requirements">The requirement tested first, then any the checks also judge.</param>
/// <param name="FixtureKind">The profile fixture kind it acts on, when it changes state.</param>
public sealed record Scenario(
    string Id,
    string Vendor,
    ApiOperation Operation,
    string Class,
    string Variant,
    string Stimulus,
    ResolvedRequirement Requirement,
    IReadOnlyList<string> Checks,
    ScenarioPlan Plan,
    string? FixtureKind)
{
    private readonly string? contract;

    /// <summary>The contract the scenario belongs to (its spec's <c>x-conformance.contract</c>, default the vendor): the first part of its id.</summary>
    public string Contract
    {
        get => contract ?? Vendor;
        init => contract = value;
    }

    /// <summary>Further requirements the scenario's checks judge (e.g. a replay is refused AND has no effect).</summary>
    public IReadOnlyList<ResolvedRequirement> Secondary { get; init; } = [];

    /// <summary>The name test runners show: <c>PUT /auth/credentials/activate › stimulus</c>.</summary>
    public string DisplayName => $"{Operation.Method} {Operation.Path} › {Stimulus}";

    public IEnumerable<string> Tags => (Contract == Vendor ? [Vendor] : new[] { Vendor, Contract }).Concat([Class, Requirement.Level.ToString().ToUpperInvariant()]);
}
