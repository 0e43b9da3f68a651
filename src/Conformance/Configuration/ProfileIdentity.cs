namespace Conformance.Configuration;

/// <summary>One identity (role) of a vendor in the target profile, with its resolved secrets.</summary>
public sealed record ProfileIdentity(
    string Role,
    string? Token,
    string? ClientId,
    string? ClientSecret,
    SigningKey? SigningKey,
    IReadOnlyDictionary<string, string> Fields);
