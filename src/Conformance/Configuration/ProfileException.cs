namespace Conformance.Configuration;

/// <summary>The target profile cannot be used; the message is one line naming what to fix.</summary>
public sealed class ProfileException(string message) : Exception(message);
