using System.Text;
namespace Conformance.ReferenceTarget.Senhasegura.Model;

/// <summary>An A2A OAuth 2.0 client (senhasegura-facts §2.1) and the rights DECISIONS S8 distinguishes.</summary>
internal sealed record SenhaClient(string Role, string ClientId, string ClientSecret, bool HasPamConfigurationAccess, bool SeesCredentials)
{
    // A record prints every member by default; this one holds a secret that must not reach a
    // log or an assertion message.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Role = {Role}, ClientId = {ClientId}, ClientSecret = [REDACTED], HasPamConfigurationAccess = {HasPamConfigurationAccess}, SeesCredentials = {SeesCredentials}");
        return true;
    }
}

