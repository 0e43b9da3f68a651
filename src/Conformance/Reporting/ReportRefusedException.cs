namespace Conformance.Reporting;

/// <summary>
/// Thrown when a report file would contain a known secret value. The message names the file,
/// never the secret; nothing of the refused run is kept on disk.
/// </summary>
public sealed class ReportRefusedException : Exception
{
    public ReportRefusedException(string message)
        : base(message)
    {
    }
}
