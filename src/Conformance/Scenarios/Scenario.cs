using Conformance.Spec;

namespace Conformance.Scenarios;

/// <summary>
/// One generated scenario: a stable id, the stimulus it sends (one line, h2spec's Desc), the
/// requirement it tests (h2spec's Requirement, with its source), the checks that judge it, and
/// the plan the executor follows. Pure data: generating a scenario sends nothing.
/// </summary>
/// <param name="Id">Stable slug <c>&lt;vendor&gt;.&lt;operation&gt;/&lt;class&gt;/&lt;variant&gt;</c>.</param>
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
    /// <summary>Further requirements the scenario's checks judge (e.g. a replay is refused AND has no effect).</summary>
    public IReadOnlyList<ResolvedRequirement> Secondary { get; init; } = [];

    /// <summary>The name test runners show: <c>PUT /auth/credentials/activate › stimulus</c>.</summary>
    public string DisplayName => $"{Operation.Method} {Operation.Path} › {Stimulus}";

    public IEnumerable<string> Tags => [Vendor, Class, Requirement.Level.ToString().ToUpperInvariant()];
}
