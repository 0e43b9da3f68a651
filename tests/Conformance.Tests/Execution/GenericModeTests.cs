using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Spec.Vocabulary;

namespace Conformance.Tests.Execution;

/// <summary>
/// A spec with no x- extensions gets the generic scenarios (positive, schema-negative, missing
/// and invalid auth, undocumented method) and a correct verdict against a tiny in-test server.
/// </summary>
[TestFixture]
public sealed class GenericModeTests
{
    [Test]
    public async Task FaithfulServer_PassesEveryGenericScenario()
    {
        await using var server = GenericWidgetServer.Start();
        var result = await RunAsync(server.BaseUrl);

        var classes = result.Scenarios.Select(s => s.Scenario.Class).Distinct().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(classes, Is.EquivalentTo(new[] { "positive", "schema", "auth", "method" }));
            Assert.That(result.Scenarios.Where(s => s.Verdict != Verdict.Pass).Select(s => $"{s.Scenario.Id}: {s.Verdict} {string.Join("; ", s.Failures.Select(f => f.Actual))}"), Is.Empty);
            var missing = result.Scenarios.Single(s => s.Scenario.Id == "widgets.widgets.create/auth/bearer-missing").Scenario.Requirement;
            Assert.That(missing.Source, Does.EndWith("#/paths/~1widgets/post/security"), "the refusal rests on the security the operation declares");
            Assert.That(missing.Basis, Is.EqualTo(EvidenceBasis.Specified));
            Assert.That(missing.Expect?.PreferredSource, Does.StartWith("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2"));
        });
    }

    // Ignoring auth breaks the declared security (specified, MUST); a 500 to bad JSON breaks only
    // our conventions (a 4xx, no 5xx), so it is a WARN.
    [TestCase("auth-ignored", "widgets.widgets.create/auth/missing-rejected", RequirementLevel.Must)]
    [TestCase("crash-on-bad-json", "widgets.widgets.create/response/no-5xx", RequirementLevel.Should)]
    public async Task DeviatingServer_FailsTheRequirementItBreaks(string deviation, string requirementId, RequirementLevel level)
    {
        await using var server = GenericWidgetServer.Start(deviation);
        var result = await RunAsync(server.BaseUrl);

        var failing = result.Scenarios.SelectMany(s => s.Failures).Where(f => f.Level == level).Select(f => f.RequirementId).ToList();
        Assert.That(failing, Does.Contain(requirementId));
    }

    private static async Task<RunResult> RunAsync(Uri target)
    {
        var profile = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"widgets-profile-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(profile, $"version: 1\nvendors:\n  widgets:\n    identities:\n      privileged:\n        token: {GenericWidgetServer.Token}\n");
        try
        {
            var settings = new ConformanceSettings { Target = target, Profile = profile, Specs = [SpecFixture("Execution/Fixtures/generic-api.yaml")], Parallelism = 2 };
            await using var run = await ConformanceRun.CreateAsync(settings, null, CancellationToken.None);
            return await run.RunAllAsync(null, CancellationToken.None);
        }
        finally
        {
            File.Delete(profile);
        }
    }

    private static string SpecFixture(string relative) => Path.Combine(TestContext.CurrentContext.TestDirectory, relative);
}
