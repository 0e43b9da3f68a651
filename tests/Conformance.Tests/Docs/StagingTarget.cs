using System.Text.Json;
using Conformance.ReferenceTarget;

namespace Conformance.Tests.Docs;

/// <summary>
/// The reference target started as "staging": a server on 127.0.0.1 the documentation's staging
/// recipes are run against, and the environment a staging user would have set for
/// docs/staging-profile.yaml (README's table), taken from the profile the target generated.
/// </summary>
public sealed class StagingTarget : IAsyncDisposable
{
    private readonly RunningReferenceTarget running;

    private readonly bool legacyDfns;

    private StagingTarget(RunningReferenceTarget running, IReadOnlyDictionary<string, string> environment, bool legacyDfns)
    {
        this.running = running;
        this.legacyDfns = legacyDfns;
        Environment = environment;
    }

    /// <summary>The Dfns staging (the reference target's current Dfns API).</summary>
    public Uri Url => legacyDfns ? running.BaseUrl : running.Current.BaseUrl;

    /// <summary>DFNS_STAGING_URL, SENHA_STAGING_URL and every variable docs/staging-profile.yaml reads.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <param name="faults">Reference target faults to switch on (a staging that breaks a requirement).</param>
    public static Task<StagingTarget> StartAsync(params string[] faults) => StartAsync(legacyDfns: false, faults);

    /// <summary>A staging whose Dfns is the legacy API (app id and nonce required, contract dfns-legacy).</summary>
    public static Task<StagingTarget> StartLegacyDfnsAsync(params string[] faults) => StartAsync(legacyDfns: true, faults);

    private static async Task<StagingTarget> StartAsync(bool legacyDfns, string[] faults)
    {
        var running = await ReferenceTargetHost.StartAsync(new ReferenceTargetOptions { Faults = faults.ToHashSet(StringComparer.Ordinal) });

        // Dfns staging is today's API (the reference target's current listener, its own profile)
        // unless asked for the legacy one; senhasegura is served by the first listener, which also
        // serves the legacy Dfns API. The legacy app id comes from the first profile.
        using var legacyProfile = JsonDocument.Parse(running.ProfileYaml);
        using var currentProfile = JsonDocument.Parse(running.Current.ProfileYaml);
        var dfns = (legacyDfns ? legacyProfile : currentProfile).RootElement.GetProperty("vendors").GetProperty("dfns");
        var legacyDfnsProfile = legacyProfile.RootElement.GetProperty("vendors").GetProperty("dfns");
        var privileged = dfns.GetProperty("identities").GetProperty("privileged");
        var senha = legacyProfile.RootElement.GetProperty("vendors").GetProperty("senhasegura");
        var environment = new Dictionary<string, string>
        {
            ["DFNS_STAGING_URL"] = (legacyDfns ? running.BaseUrl : running.Current.BaseUrl).ToString().TrimEnd('/'),
            ["SENHA_STAGING_URL"] = running.BaseUrl.ToString().TrimEnd('/'),
            ["DFNS_APP_ID"] = legacyDfnsProfile.GetProperty("settings").GetProperty("appId").GetString()!,
            ["DFNS_TOKEN"] = privileged.GetProperty("token").GetString()!,
            ["DFNS_CREDENTIAL_ID"] = privileged.GetProperty("signingKey").GetProperty("credentialId").GetString()!,
            ["DFNS_SIGNING_KEY_PEM"] = privileged.GetProperty("signingKey").GetProperty("privateKeyPem").GetString()!,
            ["DFNS_ACTIVE_CREDENTIAL"] = Fixture(dfns, "credential", "active"),
            ["DFNS_INACTIVE_CREDENTIAL"] = Fixture(dfns, "credential", "inactive"),
            ["DFNS_ACTIVE_USER"] = Fixture(dfns, "user", "active"),
            ["DFNS_INACTIVE_USER"] = Fixture(dfns, "user", "inactive"),
            ["SENHA_CLIENT_ID"] = senha.GetProperty("identities").GetProperty("privileged").GetProperty("clientId").GetString()!,
            ["SENHA_CLIENT_SECRET"] = senha.GetProperty("identities").GetProperty("privileged").GetProperty("clientSecret").GetString()!,
            ["SENHA_ACTIVE_CREDENTIAL"] = Fixture(senha, "credential", "active"),
            ["SENHA_INACTIVE_CREDENTIAL"] = Fixture(senha, "credential", "inactive"),
        };
        return new StagingTarget(running, environment, legacyDfns);
    }

    public ValueTask DisposeAsync() => running.DisposeAsync();

    private static string Fixture(JsonElement vendor, string kind, string state) =>
        vendor.GetProperty("fixtures").GetProperty(kind).EnumerateArray()
            .First(f => f.TryGetProperty("state", out var s) && s.GetString() == state).GetProperty("id").GetString()!;
}
