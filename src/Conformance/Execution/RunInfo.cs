namespace Conformance.Execution;

/// <summary>What was run against what, and when.</summary>
public sealed record RunInfo(
    string Target,
    IReadOnlyList<SpecInfo> Specs,
    string SuiteVersion,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    int Parallelism,
    string? Filter)
{
    /// <summary>The targets of a run over several (one column each in the report grid); empty for a single-target run.</summary>
    public IReadOnlyList<TargetInfo> Targets { get; init; } = [];

    /// <summary>The fuzzing phase's size and seed (<c>--fuzz N --seed S</c>); null when the run did not fuzz.</summary>
    public FuzzInfo? Fuzz { get; init; }
}
