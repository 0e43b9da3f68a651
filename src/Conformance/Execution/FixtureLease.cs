using Conformance.Configuration;

namespace Conformance.Execution;

/// <summary>Exclusive use of one fixture (and, when watching others, of its whole kind) until disposed.</summary>
internal sealed class FixtureLease(FixtureRef fixture, IReadOnlyList<FixtureRef> others, Action release) : IDisposable
{
    private int released;

    public FixtureRef Fixture { get; } = fixture;

    /// <summary>The other fixtures of the same kind (read by scenarios that watch them).</summary>
    public IReadOnlyList<FixtureRef> Others { get; } = others;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref released, 1) == 0) release();
    }
}
