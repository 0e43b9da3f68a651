namespace Conformance.Execution;

/// <summary>A fixture the run changed and could not put back: reported loudly, fails the run.</summary>
public sealed record FixtureRestoreFailure(string Vendor, string Kind, string Id, string ExpectedState, string? ObservedState, string Reason);
