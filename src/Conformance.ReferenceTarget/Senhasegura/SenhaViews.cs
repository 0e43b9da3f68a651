using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.ReferenceTarget.Senhasegura.Model;

namespace Conformance.ReferenceTarget.Senhasegura;

/// <summary>Credential bodies shaped like the documented examples (senhasegura-facts §4.1, §4.2); ids are strings (S3), or integers (S3-alt-a).</summary>
internal static class SenhaViews
{
    public static JsonObject ListItem(SenhaItem c, bool integerId = false) => new()
    {
        ["id"] = IdNode(c, integerId),
        ["identifier"] = c.Identifier,
        ["username"] = c.Username,
        ["expiration"] = null,
        ["change"] = null,
        ["view"] = null,
        ["hostname"] = c.Hostname,
        ["management_ip"] = c.Ip,
        ["type"] = "Local User",
        ["type_code"] = "1",
        ["device_model"] = "Conformance",
        ["device_type"] = "Server",
        ["device_vendor"] = "Conformance",
        ["automatic_change"] = false,
        ["connectivity"] = "SSH",
        ["connectivity_code"] = "1",
    };

    public static JsonObject Single(SenhaItem c, bool integerId = false) => new()
    {
        ["id"] = IdNode(c, integerId),
        ["identifier"] = c.Identifier,
        ["username"] = c.Username,
        ["password"] = c.Password,
        ["content"] = c.Password,
        ["hostname"] = c.Hostname,
        ["parent_credential_cod"] = null,
        ["parent_credential"] = null,
        ["additional"] = "",
        ["domain"] = "",
        ["ip"] = c.Ip,
        ["port"] = "22",
        ["model"] = "Conformance",
        ["expiration_time"] = null,
    };

    private static JsonNode IdNode(SenhaItem c, bool integer) => integer ? JsonValue.Create(c.Id) : JsonValue.Create(Id(c));

    public static string Id(SenhaItem c) => c.Id.ToString(CultureInfo.InvariantCulture);
}
