using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.ReferenceTarget;

namespace Conformance.Tests.Hostile;

/// <summary>
/// What the reference target itself knows, read from its own model — not from the suite's
/// belief: every fixture's state, and every secret it holds or gave out.
/// </summary>
internal static class TargetTruth
{
    /// <summary>Fields of the reference target's answers that carry a secret (its own code: tokens, passwords).</summary>
    private static readonly HashSet<string> SecretFields = new(StringComparer.Ordinal) { "access_token", "userAction", "token", "password", "content" };

    /// <summary>Each fixture's state on the target, by vendor, kind and id.</summary>
    public static IReadOnlyDictionary<string, bool> States(RunningReferenceTarget target)
    {
        var states = new SortedDictionary<string, bool>(StringComparer.Ordinal);
        foreach (var item in target.Senha.World.Directory.Credentials) states[$"senhasegura credential {item.Id}"] = item.IsActive;
        foreach (var credential in target.Dfns.World.FixtureCredentials) states[$"dfns credential {credential.CredentialUuid}"] = credential.IsActive;
        foreach (var user in target.Dfns.World.FixtureUsers) states[$"dfns user {user.UserId}"] = user.IsActive;
        return states;
    }

    /// <summary>The fixtures whose state differs from <paramref name="before"/> (name: before → now).</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, bool> before, RunningReferenceTarget target) =>
        States(target).Where(s => before[s.Key] != s.Value).Select(s => $"{s.Key}: {(before[s.Key] ? "active" : "inactive")} → {(s.Value ? "active" : "inactive")}").ToList();

    /// <summary>
    /// Every secret the target holds (credential passwords, client secrets, bearer tokens) and
    /// every secret value it returned through <paramref name="returned"/> (issued tokens).
    /// </summary>
    public static IReadOnlySet<string> Secrets(RunningReferenceTarget target, IEnumerable<string> returned)
    {
        var secrets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in target.Senha.World.Directory.Credentials) secrets.Add(item.Password);
        secrets.Add(target.Senha.World.NotACredential.Password);
        foreach (var client in target.Senha.World.Directory.Clients) secrets.Add(client.ClientSecret);
        foreach (var identity in target.Dfns.World.Identities) if (identity.User.Token is { } token) secrets.Add(token);
        foreach (var body in returned) Collect(Parse(body), secrets);
        secrets.RemoveWhere(s => s.Length < 8);
        return secrets;
    }

    private static JsonNode? Parse(string body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Collect(JsonNode? node, HashSet<string> into)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (SecretFields.Contains(key) && value is JsonValue v && v.GetValueKind() == JsonValueKind.String) into.Add(v.GetValue<string>());
                    else Collect(value, into);
                }

                break;
            case JsonArray a:
                foreach (var item in a) Collect(item, into);
                break;
        }
    }
}
