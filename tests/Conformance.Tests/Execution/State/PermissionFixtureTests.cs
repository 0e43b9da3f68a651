using System.Text.Json.Nodes;
using Conformance.Checks;
using Conformance.Execution;

namespace Conformance.Tests.Execution.State;

/// <summary>
/// A permission scenario acts only on a fixture the profile says that identity cannot access;
/// without such a fixture it is SKIP with the reason, and nothing is sent. A profile gap (no
/// client for the token endpoint) is SKIP too — never a request with empty credentials.
/// </summary>
[TestFixture]
public sealed class PermissionFixtureTests
{
    private const string NoAccess = "senhasegura.credentials.enable/permission/no-access-no-credential-access";

    [Test]
    public async Task TheNoAccessScenario_UsesOnlyAFixtureDeniedToThatIdentity()
    {
        await using var target = await TargetUnderTest.StartAsync();
        var denied = JsonNode.Parse(target.Running.ProfileYaml)!["vendors"]!["senhasegura"]!["fixtures"]!["credential"]!.AsArray()
            .Where(f => f!["deniedTo"] is not null).Select(f => f!["id"]!.GetValue<string>()).ToList();

        var result = await RunAsync(target, NoAccess);

        var scenario = result.Scenarios.Single();
        var stimulus = scenario.Exchanges.Single(e => e.Label == "stimulus");
        Assert.Multiple(() =>
        {
            Assert.That(scenario.Verdict, Is.EqualTo(Verdict.Pass));
            Assert.That(denied, Has.Count.EqualTo(2));
            Assert.That(denied.Any(id => stimulus.Request.Url.EndsWith("/" + id, StringComparison.Ordinal)), Is.True, stimulus.Request.Url);
        });
    }

    [Test]
    public async Task WithoutDeniedTo_PermissionScenarios_Skip_WithTheReason_AndSendNothing()
    {
        await using var target = await TargetUnderTest.StartAsync();
        EditProfile(target, profile =>
        {
            foreach (var vendor in profile["vendors"]!.AsObject())
            {
                foreach (var identity in vendor.Value!["identities"]!.AsObject()) identity.Value!.AsObject().Remove("deniedKinds");
                foreach (var kind in vendor.Value!["fixtures"]!.AsObject())
                {
                    foreach (var fixture in kind.Value!.AsArray()) fixture!.AsObject().Remove("deniedTo");
                }
            }
        });
        var before = target.States();

        var result = await RunAsync(target, "*/permission/*");

        Assert.Multiple(() =>
        {
            Assert.That(result.Scenarios, Has.Count.GreaterThanOrEqualTo(6));
            Assert.That(result.Scenarios.Select(s => s.Verdict), Is.All.EqualTo(Verdict.Skip));
            Assert.That(result.Scenarios.Select(s => s.Reason), Is.All.Contains("does not say which").And.All.Contains("deniedTo"));
            Assert.That(result.Scenarios.SelectMany(s => s.Exchanges), Is.Empty);
            Assert.That(target.States(), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task AProfileWithoutAClient_SkipsTheTokenRequest_InsteadOfSendingAnEmptyClientId()
    {
        await using var target = await TargetUnderTest.StartAsync();
        EditProfile(target, profile => profile["vendors"]!["senhasegura"]!["identities"]!["privileged"]!.AsObject().Remove("clientId"));

        var result = await RunAsync(target, "senhasegura.oauth2.token/positive/*");

        var scenario = result.Scenarios.Single();
        Assert.Multiple(() =>
        {
            Assert.That(scenario.Verdict, Is.EqualTo(Verdict.Skip));
            Assert.That(scenario.Reason, Is.EqualTo("profile identity 'privileged' of vendor 'senhasegura' has no clientId (vendors.senhasegura.identities.privileged.clientId)"));
            Assert.That(scenario.Exchanges, Is.Empty, "no request with an empty client_id");
        });
    }

    private static void EditProfile(TargetUnderTest target, Action<JsonObject> edit)
    {
        var profile = JsonNode.Parse(File.ReadAllText(target.ProfilePath))!.AsObject();
        edit(profile);
        File.WriteAllText(target.ProfilePath, profile.ToJsonString());
    }

    private static async Task<RunResult> RunAsync(TargetUnderTest target, string filter)
    {
        await using var run = await ConformanceRun.CreateAsync(target.Settings(filter), null, CancellationToken.None);
        return await run.RunAllAsync(null, CancellationToken.None);
    }
}
