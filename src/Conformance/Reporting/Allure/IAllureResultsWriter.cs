using Conformance.Execution;

namespace Conformance.Reporting.Allure;

/// <summary>
/// The one seam to Allure: writes <c>allure-results/</c> for a run. Today a hand-written writer of
/// Allure's documented files; Allure.NUnit (or Allure.Net.Commons) can take its place the day
/// the package registry has it.
/// </summary>
internal interface IAllureResultsWriter
{
    void Write(RunResult run, string resultsDirectory, ReportOptions options);
}
