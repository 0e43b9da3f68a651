namespace Conformance.Http;

/// <summary>Sends one request to the target and records the exchange (redacted) exactly once.</summary>
internal interface IHttpTransport
{
    Uri BaseUrl { get; }

    Task<SentExchange> SendAsync(OutgoingRequest request, string label, CancellationToken cancellationToken);
}
