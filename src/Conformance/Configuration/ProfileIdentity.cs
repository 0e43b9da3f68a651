using System.Text;

namespace Conformance.Configuration;

/// <summary>One identity (role) of a vendor in the target profile, with its resolved secrets.</summary>
public sealed record ProfileIdentity(
    string Role,
    string? Token,
    string? ClientId,
    string? ClientSecret,
    SigningKey? SigningKey,
    IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>Fixture kinds this identity cannot access at all (<c>deniedKinds</c>), e.g. an identity without the permission.</summary>
    public IReadOnlyList<string> DeniedKinds { get; init; } = [];

    /// <summary>The HTTP Basic user (RFC 7617), an extra field of the identity.</summary>
    public const string UsernameField = "username";

    /// <summary>The HTTP Basic password, an extra field of the identity (a secret).</summary>
    public const string PasswordField = "password";

    // A record prints every member by default; an identity that reaches a log or an assertion
    // message must not carry its token or secret with it.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Role = {Role}, Token = {Mask(Token)}, ClientId = {ClientId}, ClientSecret = {Mask(ClientSecret)}, ");
        builder.Append($"SigningKey = {SigningKey}, Fields = [{string.Join(", ", Fields.Keys)}], DeniedKinds = [{string.Join(", ", DeniedKinds)}]");
        return true;
    }

    private static string Mask(string? secret) => secret is null ? "(none)" : "[REDACTED]";
}
