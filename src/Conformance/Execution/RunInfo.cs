namespace Conformance.Execution;

/// <summary>What was run against what, and when.</summary>
public sealed record RunInfo(
    string Target,
    IReadOnlyList<SpecInfo> Specs,
    string SuiteVersion,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    int Parallelism,
    string? Filter);
