using System.Net;
using Conformance.Tests.Http;

namespace Conformance.Tests.Execution.State;

/// <summary>
/// A misbehaving proxy in front of a target: it forwards the first requests faithfully, then
/// accepts connections and never answers (a target that "accepts and stalls"), until told to
/// come back.
/// </summary>
internal sealed class DarkeningProxy : IAsyncDisposable
{
    private readonly HttpClient upstream;
    private readonly LoopbackServer server;
    private int remaining;

    public DarkeningProxy(Uri target, int answered)
    {
        remaining = answered;
        upstream = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = target };
        server = LoopbackServer.Start(HandleAsync);
    }

    public Uri BaseUrl => server.BaseUrl;

    /// <summary>Answers every request again.</summary>
    public void ComeBack() => Interlocked.Exchange(ref remaining, int.MaxValue);

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        upstream.Dispose();
    }

    private async Task HandleAsync(ReceivedRequest received, HttpListenerResponse response)
    {
        if (Interlocked.Decrement(ref remaining) < 0)
        {
            await Task.Delay(Timeout.Infinite, server.Stopping);
            return;
        }

        using var request = new HttpRequestMessage(new HttpMethod(received.Method), received.RawUrl.TrimStart('/'));
        if (received.Body.Length > 0 || received.Method is "PUT" or "POST")
        {
            request.Content = new StringContent(received.Body);
            request.Content.Headers.ContentType = received.Headers.TryGetValue("Content-Type", out var type) ? System.Net.Http.Headers.MediaTypeHeaderValue.Parse(type) : null;
        }

        foreach (var (name, value) in received.Headers)
        {
            if (name is "Host" or "Content-Length" or "Content-Type" or "Connection" or "Expect") continue;
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var answer = await upstream.SendAsync(request);
        await LoopbackServer.Write(response, (int)answer.StatusCode, await answer.Content.ReadAsStringAsync(),
            answer.Content.Headers.ContentType?.ToString() ?? "application/json");
    }
}
