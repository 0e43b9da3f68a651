using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>
/// Spec problems a run must not go past: an operation (or path) the loader could not read, or
/// an operation whose <c>x-conformance</c> / <c>x-conformance-probe</c> could not be read (half
/// its semantics could send it to a fixture nothing restores). Each stops the run before any
/// request, as one <c>file:line: what</c> line — unless the caller asked to leave such operations
/// out, and then they are left out whole and listed.
/// </summary>
internal static class BrokenInput
{
    public static IReadOnlyList<SpecProblem> Blocking(ApiDocument document) =>
        document.Problems.Where(p => p.LeftOut || SemanticsPointer(p.Pointer) is not null).ToList();

    /// <summary>The document to run, without the broken operations when <paramref name="leaveOut"/>; else throws.</summary>
    /// <exception cref="SpecLoadException">A blocking problem, and <paramref name="leaveOut"/> is false.</exception>
    public static ApiDocument Check(ApiDocument document, bool leaveOut, List<SpecProblem> leftOut)
    {
        var blocking = Blocking(document);
        if (blocking.Count == 0) return document;
        if (!leaveOut)
        {
            var more = blocking.Count > 1 ? $" (and {blocking.Count - 1} more)" : "";
            throw new SpecLoadException($"{blocking[0]}{more}; fix the spec, or give --skip-broken-operations to leave such operations out");
        }

        leftOut.AddRange(blocking);
        var broken = blocking.Select(p => SemanticsPointer(p.Pointer)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return document with { Operations = document.Operations.Where(o => !broken.Contains(o.Pointer)).ToList() };
    }

    /// <summary>The operation pointer of a problem inside its <c>x-conformance</c> or <c>x-conformance-probe</c>, or null.</summary>
    private static string? SemanticsPointer(string pointer)
    {
        foreach (var marker in (string[])["/x-conformance-probe", "/x-conformance"])
        {
            var at = pointer.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && (pointer.Length == at + marker.Length || pointer[at + marker.Length] == '/')) return pointer[..at];
        }

        return null;
    }
}
