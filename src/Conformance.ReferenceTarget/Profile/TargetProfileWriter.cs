using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.ReferenceTarget.Dfns.Model;
using Conformance.ReferenceTarget.Senhasegura;
using Conformance.ReferenceTarget.Senhasegura.Model;

namespace Conformance.ReferenceTarget.Profile;

/// <summary>
/// Writes the target profile (docs/target-profile.md) with literal values. The text is JSON, which
/// is valid YAML 1.2, so any YAML loader reads it and tests need no YAML library. It holds secrets:
/// callers write it only where they were told to (--profile-out), never to a log.
/// </summary>
internal static class TargetProfileWriter
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Uri baseUrl, DfnsWorld dfns, SenhaWorld? senha)
    {
        var vendors = new JsonObject { ["dfns"] = Dfns(dfns) };
        if (senha is not null) vendors["senhasegura"] = Senha(senha);
        var profile = new JsonObject
        {
            ["version"] = 1,
            ["baseUrl"] = baseUrl.GetLeftPart(UriPartial.Authority),
            ["vendors"] = vendors,
        };
        return profile.ToJsonString(Indented) + "\n";
    }

    private static JsonObject Dfns(DfnsWorld world)
    {
        var identities = new JsonObject();
        foreach (var identity in world.Identities)
        {
            identities[identity.Role] = new JsonObject
            {
                ["token"] = identity.User.Token,
                ["signingKey"] = new JsonObject
                {
                    ["credentialId"] = identity.SigningCredential.CredentialId,
                    ["algorithm"] = identity.Key.Algorithm,
                    ["privateKeyPem"] = identity.Key.PrivateKeyPkcs8Pem,
                },
            };
        }

        // The current API has no application id (Applications are deprecated): no setting to send.
        var settings = world.Directory.AppId.Length > 0 ? new JsonObject { ["appId"] = world.Directory.AppId } : new JsonObject();
        return new JsonObject
        {
            ["settings"] = settings,
            ["identities"] = identities,
            ["fixtures"] = new JsonObject
            {
                ["credential"] = Items(world.FixtureCredentials.Select(c => (c.CredentialUuid, c.IsActive))),
                ["user"] = Items(world.FixtureUsers.Select(u => (u.UserId, u.IsActive))),
            },
        };
    }

    private static JsonObject Senha(SenhaWorld world)
    {
        var identities = new JsonObject();
        foreach (var client in world.Identities)
        {
            identities[client.Role] = new JsonObject { ["clientId"] = client.ClientId, ["clientSecret"] = client.ClientSecret };
        }

        return new JsonObject
        {
            ["identities"] = identities,
            ["fixtures"] = new JsonObject
            {
                ["credential"] = Items(world.FixtureCredentials.Select(c => (SenhaViews.Id(c), c.IsActive))),
                ["not-a-credential"] = Items([(SenhaViews.Id(world.NotACredential), world.NotACredential.IsActive)]),
            },
        };
    }

    private static JsonArray Items(IEnumerable<(string Id, bool Active)> items) =>
        new(items.Select(i => (JsonNode)new JsonObject { ["id"] = i.Id, ["state"] = i.Active ? "active" : "inactive" }).ToArray());
}
