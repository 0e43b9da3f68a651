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

    public static string Write(Uri baseUrl, DfnsWorld dfns, SenhaWorld senha)
    {
        var profile = new JsonObject
        {
            ["version"] = 1,
            ["baseUrl"] = baseUrl.GetLeftPart(UriPartial.Authority),
            ["vendors"] = new JsonObject
            {
                ["dfns"] = Dfns(dfns),
                ["senhasegura"] = Senha(senha),
            },
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
                // What this caller's missing permissions keep it from: every fixture of those kinds.
                ["deniedKinds"] = new JsonArray(DfnsDenied(identity).Select(k => (JsonNode)JsonValue.Create(k)).ToArray()),
                ["token"] = identity.User.Token,
                ["signingKey"] = new JsonObject
                {
                    ["credentialId"] = identity.SigningCredential.CredentialId,
                    ["algorithm"] = identity.Key.Algorithm,
                    ["privateKeyPem"] = identity.Key.PrivateKeyPkcs8Pem,
                },
            };
        }

        return new JsonObject
        {
            ["settings"] = new JsonObject { ["appId"] = world.Directory.AppId },
            ["identities"] = identities,
            ["fixtures"] = new JsonObject
            {
                ["credential"] = Items(world.FixtureCredentials.Select(c => (c.CredentialUuid, c.IsActive, (List<string>)[]))),
                ["user"] = Items(world.FixtureUsers.Select(u => (u.UserId, u.IsActive, (List<string>)[]))),
            },
        };
    }

    /// <summary>The fixture kinds a Dfns caller cannot change: those whose Update permission it lacks (D11).</summary>
    private static IEnumerable<string> DfnsDenied(DfnsIdentity identity)
    {
        if (!identity.User.Permissions.Contains(DfnsPermissions.CredsUpdate)) yield return "credential";
        if (!identity.User.Permissions.Contains(DfnsPermissions.UsersUpdate)) yield return "user";
    }

    private static JsonObject Senha(SenhaWorld world)
    {
        var identities = new JsonObject();
        foreach (var client in world.Identities)
        {
            identities[client.Role] = new JsonObject { ["clientId"] = client.ClientId, ["clientSecret"] = client.ClientSecret };

            // Without PAM Configuration Access no credential can be changed (1039).
            if (!client.HasPamConfigurationAccess) identities[client.Role]!["deniedKinds"] = new JsonArray("credential");
        }

        return new JsonObject
        {
            ["identities"] = identities,
            ["fixtures"] = new JsonObject
            {
                ["credential"] = Items(world.FixtureCredentials.Select(c => (SenhaViews.Id(c), c.IsActive,
                    world.Identities.Where(i => !i.CanAccess(c)).Select(i => i.Role).ToList()))),
                ["not-a-credential"] = Items([(SenhaViews.Id(world.NotACredential), world.NotACredential.IsActive, [])]),
            },
        };
    }

    private static JsonArray Items(IEnumerable<(string Id, bool Active, List<string> DeniedTo)> items) =>
        new(items.Select(i =>
        {
            var item = new JsonObject { ["id"] = i.Id, ["state"] = i.Active ? "active" : "inactive" };
            if (i.DeniedTo.Count > 0) item["deniedTo"] = new JsonArray(i.DeniedTo.Select(r => (JsonNode)JsonValue.Create(r)).ToArray());
            return (JsonNode)item;
        }).ToArray());
}
