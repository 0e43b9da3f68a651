namespace Conformance.Execution;

/// <summary>One API of an embedded target: its name (a target name in reports), where it listens, its profile, and the contracts it serves.</summary>
public sealed record EmbeddedApi(string Name, Uri BaseUrl, string ProfileYaml, IReadOnlyList<string> Contracts);
