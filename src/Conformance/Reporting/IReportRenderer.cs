using Conformance.Execution;

namespace Conformance.Reporting;

/// <summary>One file format of the report, rendered from the one result model (xunit's transforms).</summary>
internal interface IReportRenderer
{
    /// <summary>The file name inside the run's report folder, e.g. <c>junit.xml</c>.</summary>
    string FileName { get; }

    string Render(RunResult run, ReportOptions options);
}
