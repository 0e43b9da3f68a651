namespace Conformance.Spec;

/// <summary>Collects located problems while a spec is read.</summary>
internal sealed class ProblemSink(string file, SpecText text)
{
    private readonly List<SpecProblem> problems = [];

    public IReadOnlyList<SpecProblem> Problems => problems;

    public void Add(string pointer, string message) => problems.Add(new SpecProblem(file, pointer, text.LineOf(pointer), message));

    /// <summary>A problem that leaves an operation or a path out of the document.</summary>
    public void LeaveOut(string pointer, string message) => problems.Add(new SpecProblem(file, pointer, text.LineOf(pointer), message) { LeftOut = true });

    public int? LineOf(string pointer) => text.LineOf(pointer);
}
