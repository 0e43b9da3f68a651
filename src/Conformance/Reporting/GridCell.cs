using Conformance.Checks;
using Conformance.Execution;

namespace Conformance.Reporting;

/// <summary>
/// One cell of the vendor grid: the worst verdict among the scenarios of one requirement key on
/// one operation, how many scenarios had it, and how many there were.
/// </summary>
internal sealed record GridCell(Verdict Verdict, int Matching, int Total)
{
    /// <summary>Worst first: a failure hides passes, a pass hides skips.</summary>
    public static int Severity(Verdict verdict) => verdict switch
    {
        Verdict.Fail => 4,
        Verdict.Inconclusive => 3,
        Verdict.Warn => 2,
        Verdict.Pass => 1,
        _ => 0,
    };

    public static GridCell Of(IReadOnlyCollection<Verdict> verdicts)
    {
        var worst = verdicts.MaxBy(Severity);
        return new GridCell(worst, verdicts.Count(v => v == worst), verdicts.Count);
    }
}
