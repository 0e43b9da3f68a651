namespace Conformance.Cli;

/// <summary>
/// What <c>--dry-run</c> says of the fuzzing phase <c>--fuzz N</c> asks for: it sends nothing, so
/// it tells how many requests the run would generate, and with which seed.
/// </summary>
internal static class FuzzPlan
{
    /// <param name="perOperation">--fuzz N: generated requests per operation.</param>
    /// <param name="givenSeed">--seed S, or null when the run would draw one.</param>
    /// <param name="operations">The operations the listed scenarios cover (each is fuzzed).</param>
    public static string Line(int perOperation, int? givenSeed, int operations) =>
        $"fuzzing after the scenarios: {perOperation} generated requests per operation on {operations} operations, "
        + $"up to {(long)perOperation * operations} requests, plus those that shrink a finding; "
        + (givenSeed is { } seed
            ? $"seed {seed} (--fuzz {perOperation} --seed {seed} generates the same requests)"
            : "the seed is drawn when the run starts and printed with its results (give --seed S to fix it)");
}
