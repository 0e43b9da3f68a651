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

    private sealed class CountingAuthorizer : IRequestAuthorizer
    {
        public Task<AuthorizedRequest> AuthorizeAsync(ApiOperation operation, OutgoingRequest request, AuthPlan plan, CancellationToken cancellationToken) =>
            Task.FromResult(new AuthorizedRequest(request, [], null, null, null));

        public bool InvalidateOnUnauthorized(Exchange exchange, AuthPlan plan) => exchange.Status == 401;
    }

    private sealed class ScriptedTransport(int[] answers) : IHttpTransport
    {
        private int next;

        public Uri BaseUrl { get; } = new("http://127.0.0.1:1/");

        public Task<SentExchange> SendAsync(OutgoingRequest request, string label, CancellationToken cancellationToken)
        {
            var status = answers[Math.Min(next++, answers.Length - 1)];
            var exchange = new Exchange(label, new RecordedRequest(request.Method, BaseUrl + request.PathAndQuery.TrimStart('/'), [], null),
                new RecordedResponse(status, "application/json", [], "{}", false), null, DateTimeOffset.UnixEpoch, TimeSpan.Zero);
            return Task.FromResult(new SentExchange(exchange, null));
        }
    }
}
