namespace Conformance.Execution;

/// <summary>
/// A target the entry point started itself (the reference target): where it listens, the
/// profile it generated, and how to stop it. The engine does not know how it was started.
/// </summary>
public sealed record EmbeddedTarget(Uri BaseUrl, string ProfileYaml, IAsyncDisposable Handle)
{
    /// <summary>
    /// The APIs it serves, each on its own base URL with its own profile and the contracts it is
    /// faithful to; empty when it serves one API at <see cref="BaseUrl"/>.
    /// </summary>
    public IReadOnlyList<EmbeddedApi> Apis { get; init; } = [];
}

/// <summary>Starts the embedded reference target with the given faults switched on.</summary>
public delegate Task<EmbeddedTarget> EmbeddedTargetStarter(IReadOnlyList<string> faults, CancellationToken cancellationToken);
