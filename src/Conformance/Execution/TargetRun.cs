namespace Conformance.Execution;

/// <summary>One target of a <see cref="MultiTargetRun"/>: its name, URL and contracts, and its run.</summary>
public sealed record TargetRun(TargetInfo Info, ConformanceRun Run);
