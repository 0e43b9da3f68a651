namespace Conformance.Diff.Rendering;

/// <summary>Output formats of <c>diff</c>.</summary>
internal enum DiffFormat
{
    /// <summary>Console text, one block per change.</summary>
    Text,

    /// <summary>A summary and a table, for a pull-request comment.</summary>
    Markdown,

    /// <summary>Machine-readable, for other tools.</summary>
    Json,

    /// <summary>One testcase per rule hit, failures at or above the gate level, for CI test views.</summary>
    JUnit,
}
