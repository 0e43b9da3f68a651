namespace Conformance.Execution;

/// <summary>One target of a run over several: its name in reports, where it is, and the contracts run against it.</summary>
/// <param name="Name">The column heading of the report grid (e.g. <c>current-api</c>, <c>staging</c>).</param>
public sealed record TargetInfo(string Name, string Url, IReadOnlyList<SpecInfo> Specs)
{
    /// <summary>The command-line arguments that run this target again (the reports' reproduction commands); null when unknown (an old summary.json).</summary>
    public RerunArguments? Rerun { get; init; }
}
