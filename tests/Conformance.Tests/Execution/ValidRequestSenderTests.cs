using Conformance.Auth;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Http;
using Conformance.Spec;
using Conformance.Tests.Spec;

namespace Conformance.Tests.Execution;

/// <summary>The engine's own requests (probes, restores) survive a token the target dropped early.</summary>
[TestFixture]
public sealed class ValidRequestSenderTests
{
    [TestCase(new[] { 401, 200 }, 2, 200)]
    [TestCase(new[] { 200 }, 1, 200)]
    [TestCase(new[] { 401, 401, 200 }, 2, 401)]
    public async Task RetriesOnceAfter401(int[] answers, int expectedSends, int expectedFinal)
    {
        var document = SpecLoader.Load(SpecFiles.Senhasegura);
        var transport = new ScriptedTransport(answers);
        var session = new VendorSession(document, new VendorProfile("senhasegura", new Dictionary<string, string>(), new Dictionary<string, ProfileIdentity>(), []),
            transport, new CountingAuthorizer(), new FixturePool([]), new SecretRegistry(), TimeProvider.System);
        var operation = document.FindOperation("credentials.get")!;

        var (exchanges, sent, skip) = await ValidRequestSender.SendAsync(session, operation, OutgoingRequest.Create("GET", "/api/pam/credential/1"), "probe", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(exchanges, Has.Count.EqualTo(expectedSends));
            Assert.That(sent?.Status, Is.EqualTo(expectedFinal));
            Assert.That(skip, Is.Null);
        });
    }

    [TestCase(new[] { 429, 200 }, 2, 200)]
    [TestCase(new[] { 503, 503, 200 }, 3, 200)]
    [TestCase(new[] { 429, 429, 429, 429, 429 }, 4, 429)]
    [TestCase(new[] { 429, 401, 200 }, 3, 200)]
    public async Task RetriesThrottledAnswersWithinTheBound(int[] answers, int expectedSends, int expectedFinal)
    {
        var document = SpecLoader.Load(SpecFiles.Senhasegura);
        var transport = new ScriptedTransport(answers, retryAfter: "0");
        var session = new VendorSession(document, new VendorProfile("senhasegura", new Dictionary<string, string>(), new Dictionary<string, ProfileIdentity>(), []),
            transport, new CountingAuthorizer(), new FixturePool([]), new SecretRegistry(), TimeProvider.System);

        var (exchanges, sent, _) = await ValidRequestSender.SendAsync(session, document.FindOperation("credentials.get")!, OutgoingRequest.Create("GET", "/api/pam/credential/1"), "probe", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(exchanges, Has.Count.EqualTo(expectedSends), "every try is recorded");
            Assert.That(sent?.Status, Is.EqualTo(expectedFinal));
        });
    }

    private sealed class CountingAuthorizer : IRequestAuthorizer
    {
        public Task<AuthorizedRequest> AuthorizeAsync(ApiOperation operation, OutgoingRequest request, AuthPlan plan, CancellationToken cancellationToken) =>
            Task.FromResult(new AuthorizedRequest(request, [], null, null, null));

        public bool InvalidateOnUnauthorized(Exchange exchange, AuthPlan plan) => exchange.Status == 401;
    }

    private sealed class ScriptedTransport(int[] answers, string? retryAfter = null) : IHttpTransport
    {
        private int next;

        public Uri BaseUrl { get; } = new("http://127.0.0.1:1/");

        public Task<SentExchange> SendAsync(OutgoingRequest request, string label, CancellationToken cancellationToken)
        {
            var status = answers[Math.Min(next++, answers.Length - 1)];
            var exchange = new Exchange(label, new RecordedRequest(request.Method, BaseUrl + request.PathAndQuery.TrimStart('/'), [], null),
                new RecordedResponse(status, "application/json", retryAfter is null ? [] : [new("Retry-After", retryAfter)], "{}", false), null, DateTimeOffset.UnixEpoch, TimeSpan.Zero);
            return Task.FromResult(new SentExchange(exchange, null));
        }
    }
}
