using Conformance.Configuration;
using Conformance.Execution;

namespace Conformance.Suite;

/// <summary>
/// The command line that runs one scenario again with the same target, profile and specs: the
/// reports' own (<see cref="Conformance.Reporting.Reproduction"/>), so a failed test and the
/// reports print the same line.
/// </summary>
internal static class Reproduction
{
    public static string Command(ConformanceSettings settings, string scenarioId, string? repositoryRoot = null) =>
        Conformance.Reporting.Reproduction.Command(RerunArguments.From(settings), scenarioId, repositoryRoot);
}
