namespace Conformance.Reporting;

/// <summary>
/// A summary.json given to <c>merge</c> cannot be read or does not fit the specs: one line naming
/// the file and what to fix (the CLI exits 2).
/// </summary>
public sealed class MergeInputException(string message) : Exception(message);
