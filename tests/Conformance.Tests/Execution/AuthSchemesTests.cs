using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;

namespace Conformance.Tests.Execution;

/// <summary>
/// HTTP Basic and an API key in the query, end to end against a server under a base path: every
/// scenario is judged against its own operation, no credential reaches a recorded exchange, and
/// a profile that can fill no scheme makes a run that tested nothing.
/// </summary>
[TestFixture]
public sealed class AuthSchemesTests
{
    private static string Profile => $"""
        version: 1
        vendors:
          keyed:
            identities:
              privileged:
                username: {KeyedApiServer.Username}
                password: {KeyedApiServer.Password}
                queryKey: {KeyedApiServer.QueryKey}
        """;

    [Test]
    public async Task FaithfulServer_PassesBasicAndQueryKeyScenarios()
    {
        await using var server = KeyedApiServer.Start();
        var result = await RunAsync(server.BaseUrl, Profile);

        var ids = result.Scenarios.Select(s => s.Scenario.Id).ToList();
        var schemaOutcomes = result.Scenarios.Single(s => s.Scenario.Id == "keyed.accounts.get/positive/valid-request").Outcomes.Where(o => o.Check == CheckNames.ResponseSchema);
        Assert.Multiple(() =>
        {
            Assert.That(result.Scenarios.Where(s => s.Verdict != Verdict.Pass).Select(s => $"{s.Scenario.Id}: {s.Verdict} {s.Reason} {string.Join("; ", s.Failures.Select(f => f.Title + " " + f.Actual))}"), Is.Empty);
            Assert.That(ids, Does.Contain("keyed.accounts.get/auth/basicAuth-invalid").And.Contain("keyed.reports.list/auth/queryKey-missing"));
            Assert.That(ids, Does.Not.Contain("keyed.accounts.export/method/get"), "GET /accounts/export is GET /accounts/{sid}");
            Assert.That(schemaOutcomes.Select(o => o.Status), Is.EqualTo(new[] { CheckStatus.Pass }), "the answer under /api/v1 was judged against its operation");
            Assert.That(result.NothingTested, Is.False);
        });
    }

    [Test]
    public async Task Credentials_NeverReachARecordedExchange()
    {
        await using var server = KeyedApiServer.Start();
        var result = await RunAsync(server.BaseUrl, Profile);

        var recorded = result.Scenarios.SelectMany(s => s.Exchanges)
            .Select(e => string.Join("\n", e.Request.Url, e.Request.Body, string.Join("\n", e.Request.Headers.Select(h => $"{h.Key}: {h.Value}")), e.Response?.Body))
            .ToList();
        var positiveUrl = result.Scenarios.Single(s => s.Scenario.Id == "keyed.reports.list/positive/valid-request").Exchanges.Single().Request.Url;
        Assert.Multiple(() =>
        {
            Assert.That(recorded.Where(r => r.Contains(KeyedApiServer.Password, StringComparison.Ordinal)), Is.Empty, "the Basic password");
            Assert.That(recorded.Where(r => r.Contains(KeyedApiServer.Credentials, StringComparison.Ordinal)), Is.Empty, "the encoded Basic credentials");
            Assert.That(recorded.Where(r => r.Contains(KeyedApiServer.QueryKey, StringComparison.Ordinal)), Is.Empty, "the query key");
            Assert.That(positiveUrl, Does.EndWith("/api/v1/reports?api_key=[REDACTED]"));
            Assert.That(recorded.Count(r => r.Contains("Authorization: Basic [REDACTED]", StringComparison.Ordinal)), Is.GreaterThan(3));
        });
    }

    [TestCase("basic-ignored", "keyed.accounts.get/auth/invalid-rejected")]
    [TestCase("csv-as-json", "keyed.reports.list/response/content-type")]
    [TestCase("export-too-long", "keyed.accounts.export/response/schema-valid")]
    public async Task DeviatingServer_FailsTheRequirementItBreaks(string deviation, string requirementId)
    {
        await using var server = KeyedApiServer.Start(deviation);
        var result = await RunAsync(server.BaseUrl, Profile);

        var failing = result.Scenarios.SelectMany(s => s.Failures).Where(f => f.Level == RequirementLevel.Must).Select(f => f.RequirementId).Distinct().ToList();
        Assert.That(failing, Does.Contain(requirementId));
    }

    [Test]
    public async Task ProfileThatFillsNoScheme_TestedNothing_AndSaysWhy()
    {
        // Scenarios that leave a credential out or forge it need no profile: keep the positive ones.
        await using var server = KeyedApiServer.Start();
        var result = await RunAsync(server.BaseUrl, "version: 1\nvendors: {}\n", "*/positive/*");

        Assert.Multiple(() =>
        {
            Assert.That(result.Scenarios, Is.Not.Empty);
            Assert.That(result.NothingTested, Is.True);
            Assert.That(result.NothingTestedReason, Does.StartWith($"nothing was tested: all {result.Scenarios.Count} scenarios were skipped ("));
            Assert.That(result.NothingTestedReason, Does.Contain("because profile has no identity 'privileged' for vendor 'keyed'"));
            Assert.That(server.Received, Is.Empty, "nothing was sent");
        });
    }

    private static async Task<RunResult> RunAsync(Uri server, string profileYaml, string? filter = null)
    {
        var profile = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"keyed-profile-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(profile, profileYaml);
        try
        {
            var target = new Uri(server, KeyedApiServer.BasePath.TrimStart('/') + "/");
            var spec = Path.Combine(TestContext.CurrentContext.TestDirectory, "Execution/Fixtures/keyed-api.yaml");
            var settings = new ConformanceSettings { Target = target, Profile = profile, Specs = [spec], Parallelism = 2, Filter = filter };
            await using var run = await ConformanceRun.CreateAsync(settings, null, CancellationToken.None);
            return await run.RunAllAsync(null, CancellationToken.None);
        }
        finally
        {
            File.Delete(profile);
        }
    }
}
