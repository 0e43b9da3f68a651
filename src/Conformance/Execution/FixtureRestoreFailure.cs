namespace Conformance.Execution;

/// <summary>
/// A fixture the run changed and could not confirm back in its starting state: reported loudly,
/// fails the run. <see cref="Unconfirmed"/>: the suite cannot tell (never reported as restored);
/// otherwise the evidence shows it is not restored.
/// </summary>
public sealed record FixtureRestoreFailure(string Vendor, string Kind, string Id, string ExpectedState, string? ObservedState, string Reason)
{
    /// <summary>The suite cannot tell whether it is back: no documented evidence confirms it.</summary>
    public bool Unconfirmed { get; init; }

    /// <summary>How reports name it: <c>NOT restored</c> or <c>restoration UNCONFIRMED</c>.</summary>
    public string Headline => Unconfirmed ? "restoration UNCONFIRMED" : "NOT restored";
}
