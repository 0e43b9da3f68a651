namespace Conformance.Configuration;

/// <summary>A missing or contradictory setting; the message is one line naming it (exit code 2).</summary>
public sealed class SettingsException(string message) : Exception(message);
