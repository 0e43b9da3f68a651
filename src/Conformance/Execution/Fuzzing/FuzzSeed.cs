using System.Security.Cryptography;

namespace Conformance.Execution.Fuzzing;

/// <summary>A seed for a run that was given none; it is printed with the results so the run can be replayed.</summary>
internal static class FuzzSeed
{
    public static int Draw() => RandomNumberGenerator.GetInt32(1, int.MaxValue);
}
