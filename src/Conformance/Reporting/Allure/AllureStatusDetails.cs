namespace Conformance.Reporting.Allure;

/// <summary>Why a result has its status: the message (requirement → expected → actual), the trace (the curl line).</summary>
internal sealed record AllureStatusDetails(string Message, string? Trace = null, string? Expected = null, string? Actual = null);
