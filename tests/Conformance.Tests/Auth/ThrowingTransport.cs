using Conformance.Http;

namespace Conformance.Tests.Auth;

/// <summary>A transport for tests that must not touch the network.</summary>
internal sealed class ThrowingTransport : IHttpTransport
{
    public Uri BaseUrl { get; } = new("http://127.0.0.1:9/");

    public Task<SentExchange> SendAsync(OutgoingRequest request, string label, CancellationToken cancellationToken) =>
        throw new AssertionException($"unexpected request {request.Method} {request.PathAndQuery} ({label})");
}
