using System.Text.Json;

namespace Conformance.ReferenceTarget.Tests.Support;

/// <summary>The generated target profile, read the way a suite would: tokens, keys and fixtures come only from here.</summary>
internal sealed class TestProfile
{
    public required Uri BaseUrl { get; init; }
    public required string AppId { get; init; }
    public required IReadOnlyDictionary<string, DfnsIdentityProfile> DfnsIdentities { get; init; }
    public required IReadOnlyList<FixtureItem> DfnsCredentials { get; init; }
    public required IReadOnlyList<FixtureItem> DfnsUsers { get; init; }
    public required IReadOnlyDictionary<string, (string ClientId, string ClientSecret)> SenhaClients { get; init; }
    public required IReadOnlyList<FixtureItem> SenhaCredentials { get; init; }
    public required IReadOnlyList<FixtureItem> SenhaNotCredentials { get; init; }

    public FixtureItem DfnsCredential(bool active, int nth = 0) => DfnsCredentials.Where(c => c.IsActive == active).ElementAt(nth);

    public FixtureItem DfnsUser(bool active, int nth = 0) => DfnsUsers.Where(c => c.IsActive == active).ElementAt(nth);

    /// <summary>A credential every client may access (the ordinary fixtures).</summary>
    public FixtureItem SenhaCredential(bool active, int nth = 0) => SenhaCredentials.Where(c => c.IsActive == active && c.DeniedTo.Count == 0).ElementAt(nth);

    /// <summary>A credential the profile says <paramref name="role"/> may not access.</summary>
    public FixtureItem SenhaCredentialDeniedTo(string role, bool active) => SenhaCredentials.First(c => c.IsActive == active && c.DeniedTo.Contains(role));

    public static TestProfile Parse(string text)
    {
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        var dfns = root.GetProperty("vendors").GetProperty("dfns");

        // The current Dfns API's profile has no senhasegura section and no app id.
        var senha = root.GetProperty("vendors").TryGetProperty("senhasegura", out var s) ? s : JsonDocument.Parse("""{"identities":{},"fixtures":{"credential":[],"not-a-credential":[]}}""").RootElement;
        return new TestProfile
        {
            BaseUrl = new Uri(root.GetProperty("baseUrl").GetString()!),
            AppId = dfns.GetProperty("settings").TryGetProperty("appId", out var appId) ? appId.GetString()! : "",
            DfnsIdentities = dfns.GetProperty("identities").EnumerateObject().ToDictionary(
                p => p.Name,
                p => new DfnsIdentityProfile(
                    p.Value.GetProperty("token").GetString()!,
                    p.Value.GetProperty("signingKey").GetProperty("credentialId").GetString()!,
                    p.Value.GetProperty("signingKey").GetProperty("algorithm").GetString()!,
                    p.Value.GetProperty("signingKey").GetProperty("privateKeyPem").GetString()!)),
            DfnsCredentials = Items(dfns, "credential"),
            DfnsUsers = Items(dfns, "user"),
            SenhaClients = senha.GetProperty("identities").EnumerateObject().ToDictionary(
                p => p.Name,
                p => (p.Value.GetProperty("clientId").GetString()!, p.Value.GetProperty("clientSecret").GetString()!)),
            SenhaCredentials = Items(senha, "credential"),
            SenhaNotCredentials = Items(senha, "not-a-credential"),
        };
    }

    private static List<FixtureItem> Items(JsonElement vendor, string kind) =>
        vendor.GetProperty("fixtures").GetProperty(kind).EnumerateArray()
            .Select(i => new FixtureItem(i.GetProperty("id").GetString()!, i.GetProperty("state").GetString()!)
            {
                DeniedTo = i.TryGetProperty("deniedTo", out var denied) ? denied.EnumerateArray().Select(r => r.GetString()!).ToList() : [],
            })
            .ToList();
}
