namespace Conformance.Auth;

/// <summary>The method, path and payload a user-action token is requested for.</summary>
public sealed record UserActionBinding(string Method, string Path, string Payload);
