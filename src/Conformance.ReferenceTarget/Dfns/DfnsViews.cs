using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.ReferenceTarget.Dfns.Model;

namespace Conformance.ReferenceTarget.Dfns;

/// <summary>JSON views with every required property of the Credential and User schemas (dfns-facts §1.6, §1.7).</summary>
internal static class DfnsViews
{
    public static JsonObject Credential(DfnsCredential c) => new()
    {
        ["kind"] = "Key",
        ["credentialId"] = c.CredentialId,
        ["credentialUuid"] = c.CredentialUuid,
        ["dateCreated"] = c.DateCreated.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        ["isActive"] = c.IsActive,
        ["name"] = c.Name,
        ["publicKey"] = c.PublicKeyPem,
        ["relyingPartyId"] = "conformance.invalid",
        ["origin"] = "https://conformance.invalid",
    };

    /// <param name="u">The user.</param>
    /// <param name="kind">Another kind to answer (C6-alt: AccountUser); null for the user's own.</param>
    public static JsonObject User(DfnsUser u, string? kind = null) => new()
    {
        ["username"] = u.Username,
        ["name"] = u.Name,
        ["userId"] = u.UserId,
        ["kind"] = kind ?? u.Kind,
        ["credentialUuid"] = u.CredentialUuid,
        ["orgId"] = u.OrgId,
        ["permissions"] = new JsonArray(u.Permissions.Order(StringComparer.Ordinal).Select(p => (JsonNode)JsonValue.Create(p)).ToArray()),
        ["isActive"] = u.IsActive,
        ["isServiceAccount"] = u.IsServiceAccount,
        ["isRegistered"] = true,
        ["isSSORequired"] = false,
        ["permissionAssignments"] = new JsonArray(),
    };
}
