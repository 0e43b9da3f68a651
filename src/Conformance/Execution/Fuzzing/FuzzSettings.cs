namespace Conformance.Execution.Fuzzing;

/// <summary>The fuzzing phase's bounds: requests per operation, the seed, a time budget per operation, and the one-step minimization's sends.</summary>
internal sealed record FuzzSettings(int PerOperation, int Seed)
{
    public TimeSpan OperationBudget { get; init; } = TimeSpan.FromSeconds(60);

    public int MinimizeSteps { get; init; } = 300;
}
