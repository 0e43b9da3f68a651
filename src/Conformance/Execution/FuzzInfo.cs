namespace Conformance.Execution;

/// <summary>How a run fuzzed: generated requests per operation and the seed that replays them (<c>--fuzz N --seed S</c>).</summary>
public sealed record FuzzInfo(int PerOperation, int Seed)
{
    public override string ToString() => $"fuzzing: {PerOperation} generated requests per operation, seed {Seed} (replay with --fuzz {PerOperation} --seed {Seed})";
}
