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

    private StagingTarget(RunningReferenceTarget running, IReadOnlyDictionary<string, string> environment)
    {
        this.running = running;
        Environment = environment;
    }

    public Uri Url => running.BaseUrl;

    /// <summary>STAGING_URL and every variable docs/staging-profile.yaml reads.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <param name="faults">Reference target faults to switch on (a staging that breaks a requirement).</param>
    public static async Task<StagingTarget> StartAsync(params string[] faults)
    {
        var running = await ReferenceTargetHost.StartAsync(new ReferenceTargetOptions { Faults = faults.ToHashSet(StringComparer.Ordinal) });
        using var profile = JsonDocument.Parse(running.ProfileYaml);
        var vendors = profile.RootElement.GetProperty("vendors");
        var dfns = vendors.GetProperty("dfns");
        var privileged = dfns.GetProperty("identities").GetProperty("privileged");
        var senha = vendors.GetProperty("senhasegura");
        var environment = new Dictionary<string, string>
        {
            ["STAGING_URL"] = running.BaseUrl.ToString().TrimEnd('/'),
            ["DFNS_APP_ID"] = dfns.GetProperty("settings").GetProperty("appId").GetString()!,
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
        return new StagingTarget(running, environment);
    }

    public ValueTask DisposeAsync() => running.DisposeAsync();

    private static string Fixture(JsonElement vendor, string kind, string state) =>
        vendor.GetProperty("fixtures").GetProperty(kind).EnumerateArray()
            .First(f => f.TryGetProperty("state", out var s) && s.GetString() == state).GetProperty("id").GetString()!;
}
