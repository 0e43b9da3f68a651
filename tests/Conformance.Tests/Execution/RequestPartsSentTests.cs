using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Tests.Http;

namespace Conformance.Tests.Execution;

/// <summary>
/// What a generated valid request puts on the wire: every required query, header and cookie
/// parameter, form and multipart bodies, a binary body — and a request that cannot validate is
/// never sent as valid: its scenario is INCONCLUSIVE, naming our bug.
/// </summary>
[TestFixture]
public sealed class RequestPartsSentTests
{
    private const string Token = "parts-token-0123456789";

    [Test]
    public async Task PositiveRequests_CarryEveryRequiredPartAndTheirBodies()
    {
        // Given
        await using var server = LoopbackServer.Start((_, response) => LoopbackServer.Write(response, 200, "{}"));

        // When
        var result = await RunAsync(server.BaseUrl, "*/positive/*");
        var received = server.Received.ToList();
        var items = received.Single(r => r.Path == "/items");
        var upload = received.Single(r => r.Path == "/upload");
        var forms = received.Single(r => r.Path == "/forms");
        var blobs = received.Single(r => r.Path == "/blobs");

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(items.RawUrl, Does.Contain("limit=5").And.Contain("tags=red&tags=blue").Or.Contain("tags=red&tags=red"), items.RawUrl);
            Assert.That(items.RawUrl, Does.Not.Contain("verbose"), "an optional parameter is left out");
            Assert.That(items.Header("X-Tenant"), Does.Match("^t-[0-9]{4}$"));
            Assert.That(items.Header("Cookie"), Does.StartWith("session="));
            Assert.That(upload.Header("Content-Type"), Does.StartWith("multipart/form-data; boundary="));
            Assert.That(upload.Body, Does.Contain("name=\"title\"").And.Contain("name=\"count\"\r\n\r\n3"));
            Assert.That(forms.Body, Is.EqualTo("name=conformance"));
            Assert.That(blobs.Body, Is.Not.Empty, "a binary body is sent, not an empty one");
            Assert.That(blobs.Header("Content-Type"), Is.EqualTo("application/octet-stream"));
            Assert.That(result.Scenarios.Where(s => s.Scenario.Id != "parts.impossible.create/positive/valid-request").Select(s => s.Verdict), Has.All.EqualTo(Verdict.Pass));
        }
    }

    [Test]
    public async Task ValidRequestThatDoesNotValidate_IsInconclusiveAndNeverSent()
    {
        // Given
        await using var server = LoopbackServer.Start((_, response) => LoopbackServer.Write(response, 200, "{}"));

        // When
        var result = await RunAsync(server.BaseUrl, "parts.impossible.create/positive/*");
        var scenario = result.Scenarios.Single();

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(scenario.Verdict, Is.EqualTo(Verdict.Inconclusive));
            Assert.That(scenario.Reason, Does.Contain("generated request does not validate: body (application/json)"));
            Assert.That(server.Received.Where(r => r.Path == "/impossible"), Is.Empty, "never sent as valid");
        }
    }

    [Test]
    public async Task ParameterViolations_ReachTheServer()
    {
        // Given
        await using var server = LoopbackServer.Start((_, response) => LoopbackServer.Write(response, 400, "{}"));

        // When
        var result = await RunAsync(server.BaseUrl, "parts.items.list/schema/*");
        var variants = result.Scenarios.Select(s => s.Scenario.Variant).ToList();
        var urls = server.Received.Select(r => r.RawUrl).ToList();

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(variants, Is.SupersetOf(new[]
            {
                "query-limit-missing", "query-limit-below-minimum", "query-limit-above-maximum", "query-tags-too-few-items", "query-tags-items-not-in-enum",
                "header-X-Tenant-missing", "header-X-Tenant-pattern-mismatch", "cookie-session-missing", "cookie-session-too-short", "query-verbose-wrong-type",
            }));
            Assert.That(urls, Has.Some.Contain("limit=10"));
            Assert.That(urls, Has.Some.Contain("verbose=12345"), "an optional parameter is added to be broken");
            Assert.That(server.Received.Select(r => r.Header("Cookie")), Has.Some.EqualTo("session=co"));
        }
    }

    private static async Task<RunResult> RunAsync(Uri target, string filter)
    {
        var profile = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"parts-profile-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(profile, $"version: 1\nvendors:\n  parts:\n    identities:\n      privileged:\n        token: {Token}\n");
        try
        {
            var spec = Path.Combine(TestContext.CurrentContext.TestDirectory, "Execution/Fixtures/request-parts-api.yaml");
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
