using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.ReferenceTarget.Dfns;
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

    /// <param name="baseUrl">Where the API listens.</param>
    /// <param name="dfns">The Dfns organisation it serves.</param>
    /// <param name="senha">The senhasegura vault it serves, if any.</param>
    /// <param name="dfnsOperations">The Dfns API's operations, whose permissions say which fixture kinds each caller cannot change.</param>
    /// <param name="refusesServiceAccounts">Operations a service account may not call at all (the current API's credential endpoints).</param>
    /// <param name="credIdIsUuid">The reading D17-alt-a: the target names a signing key by its credentialUuid, so the profile says so.</param>
    public static string Write(Uri baseUrl, DfnsWorld dfns, SenhaWorld? senha, IReadOnlyList<DfnsOperation> dfnsOperations, Func<DfnsOperation, bool>? refusesServiceAccounts = null, bool credIdIsUuid = false)
    {
        var vendors = new JsonObject { ["dfns"] = Dfns(dfns, dfnsOperations, refusesServiceAccounts ?? (_ => false), credIdIsUuid) };
        if (senha is not null) vendors["senhasegura"] = Senha(senha);
        var profile = new JsonObject
        {
            ["version"] = 1,
            ["baseUrl"] = baseUrl.GetLeftPart(UriPartial.Authority),
            ["vendors"] = vendors,
        };
        return profile.ToJsonString(Indented) + "\n";
    }

    private static JsonObject Dfns(DfnsWorld world, IReadOnlyList<DfnsOperation> operations, Func<DfnsOperation, bool> refusesServiceAccounts, bool credIdIsUuid)
    {
        var identities = new JsonObject();
        foreach (var identity in world.Identities)
        {
            identities[identity.Role] = new JsonObject
            {
                // What this caller's missing permissions keep it from: every fixture of those kinds.
                ["deniedKinds"] = new JsonArray(DfnsDenied(identity, operations, refusesServiceAccounts).Select(k => (JsonNode)JsonValue.Create(k)).ToArray()),
                ["token"] = identity.User.Token,
                ["signingKey"] = new JsonObject
                {
                    ["credentialId"] = credIdIsUuid ? identity.SigningCredential.CredentialUuid : identity.SigningCredential.CredentialId,
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
                ["credential"] = Items(world.FixtureCredentials.Select(c => (c.CredentialUuid, c.IsActive, (List<string>)[]))),
                ["user"] = Items(world.FixtureUsers.Select(u => (u.UserId, u.IsActive, (List<string>)[]))),
            },
        };
    }

    /// <summary>
    /// The fixture kinds a Dfns caller cannot change: those of an activate/deactivate whose
    /// permission it lacks (D11), or that refuses service accounts and it is one.
    /// </summary>
    private static IEnumerable<string> DfnsDenied(DfnsIdentity identity, IReadOnlyList<DfnsOperation> operations, Func<DfnsOperation, bool> refusesServiceAccounts) =>
        operations
            .Where(op => op.Id.EndsWith(".activate", StringComparison.Ordinal) || op.Id.EndsWith(".deactivate", StringComparison.Ordinal))
            .Where(op => (op.Permission is { } permission && !identity.User.Permissions.Contains(permission)) || (identity.User.IsServiceAccount && refusesServiceAccounts(op)))
            .Select(op => op.Id.StartsWith("credentials.", StringComparison.Ordinal) ? "credential" : "user")
            .Distinct();

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
