namespace Conformance.Suite;

/// <summary>
/// A failure NUnit reports without a stack trace (a FAIL verdict, a bad setting, a fixture left
/// changed): its frames would be the adapter's and NUnit's, never the target's; the message
/// carries everything to act on.
/// </summary>
public sealed class SuiteFailure(string message) : AssertionException(message)
{
    public override string? StackTrace => null;
}
