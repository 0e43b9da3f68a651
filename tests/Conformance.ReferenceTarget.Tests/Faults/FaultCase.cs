using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Faults;

/// <summary>
/// How one fault is shown: <see cref="Stimulus"/> asserts the faithful outcome (faulty = false) or the
/// deviation (faulty = true); <see cref="Control"/> runs the same stimulus on the sibling operation of
/// the faulted target and asserts it still behaves, proving the fault is scoped to its operation.
/// </summary>
internal sealed record FaultCase(string Fault, Func<TestTarget, bool, Task> Stimulus, Func<TestTarget, Task> Control)
{
    public override string ToString() => Fault;
}
