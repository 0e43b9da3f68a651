namespace Conformance.Scenarios;

/// <summary>Knobs of scenario generation.</summary>
/// <param name="ConcurrentBurst">Requests sharing one nonce in the concurrent replay scenario.</param>
public sealed record GeneratorOptions(int ConcurrentBurst = 10)
{
    public static GeneratorOptions Default { get; } = new();
}
