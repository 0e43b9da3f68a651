using System.Text;
namespace Conformance.ReferenceTarget.Senhasegura.Model;

/// <summary>
/// An A2A OAuth 2.0 client (senhasegura-facts §2.1) and the rights DECISIONS S8 distinguishes:
/// PAM Configuration Access (else 1039), and the items it has no access to (<c>DeniedItems</c>, → 1009).
/// </summary>
internal sealed record SenhaClient(string Role, string ClientId, string ClientSecret, bool HasPamConfigurationAccess, IReadOnlySet<int> DeniedItems)
{
    public bool CanAccess(SenhaItem item) => !DeniedItems.Contains(item.Id);

    // A record prints every member by default; this one holds a secret that must not reach a
    // log or an assertion message.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Role = {Role}, ClientId = {ClientId}, ClientSecret = [REDACTED], HasPamConfigurationAccess = {HasPamConfigurationAccess}, DeniedItems = [{string.Join(", ", DeniedItems)}]");
        return true;
    }
}

