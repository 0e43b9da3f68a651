using System.Text.Json.Nodes;
using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Execution;

namespace Conformance.Tests.Execution;

/// <summary>
/// What the profile lacks makes the scenarios that need it SKIP with the reason — never a FAIL
/// charged to some other requirement, and nothing on the target is changed for them.
/// </summary>
[TestFixture]
public sealed class ProfileGapTests
{
    [Test]
    public async Task MissingSigningKey_SkipsSignedScenarios_WithTheReason()
    {
        var target = await Conformance.Hosting.ReferenceTargetStarter.StartAsync([], CancellationToken.None);
        await using var stop = target.Handle;
        var profile = JsonNode.Parse(target.ProfileYaml)!.AsObject();
        var privileged = profile["vendors"]!["dfns"]!["identities"]!["privileged"]!.AsObject();
        privileged.Remove("signingKey");
        var path = Path.Combine(Path.GetTempPath(), $"conformance-gap-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, profile.ToJsonString());
        try
        {
            var settings = new ConformanceSettings { Target = target.BaseUrl, Profile = path, Filter = "dfns-legacy.credentials.activate/*", Parallelism = 2 };
            await using var run = await ConformanceRun.CreateAsync(settings, null, CancellationToken.None);
            var result = await run.RunAllAsync(null, CancellationToken.None);

            Assert.Multiple(() =>
            {
                Assert.That(result.Count(Verdict.Fail), Is.Zero, string.Join("; ", result.Scenarios.Where(s => s.Verdict == Verdict.Fail).Select(s => s.Scenario.Id)));
                Assert.That(result.Count(Verdict.Skip), Is.GreaterThan(10));
                Assert.That(result.Scenarios.Where(s => s.Verdict == Verdict.Skip).Select(s => s.Reason), Has.All.Contains("privileged"));
                Assert.That(result.Unrestored, Is.Empty);
            });
        }
        finally
        {
            File.Delete(path);
        }
    }
}
