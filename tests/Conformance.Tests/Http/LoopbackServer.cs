using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Conformance.Tests.Http;

/// <summary>
/// A tiny HTTP server on 127.0.0.1 and a free port, for tests of code that talks HTTP. Each
/// request is recorded and handed to the test's handler.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly HttpListener listener;
    private readonly Func<ReceivedRequest, HttpListenerResponse, Task> handler;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;

    private LoopbackServer(HttpListener listener, Uri baseUrl, Func<ReceivedRequest, HttpListenerResponse, Task> handler)
    {
        this.listener = listener;
        this.handler = handler;
        BaseUrl = baseUrl;
        loop = Task.Run(AcceptLoop);
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    /// <summary>Released once per request received (before the handler runs).</summary>
    public SemaphoreSlim Arrived { get; } = new(0);

    /// <summary>Cancelled when the server stops; a handler that hangs on purpose waits on it.</summary>
    public CancellationToken Stopping => stopping.Token;

    public static LoopbackServer Start(Func<ReceivedRequest, HttpListenerResponse, Task> handler)
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            var baseUrl = new Uri($"http://127.0.0.1:{port}/");
            listener.Prefixes.Add(baseUrl.AbsoluteUri);
            try
            {
                listener.Start();
                return new LoopbackServer(listener, baseUrl, handler);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public static async Task Write(HttpListenerResponse response, int status, string body, string contentType = "application/json")
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        listener.Close();
        try
        {
            await loop;
        }
        catch (ObjectDisposedException)
        {
        }

        stopping.Dispose();
        Arrived.Dispose();
    }

    private async Task AcceptLoop()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Handle(context));
        }
    }

    private async Task Handle(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.AllKeys.OfType<string>()
            .ToDictionary(k => k, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
        var received = new ReceivedRequest(context.Request.HttpMethod, context.Request.RawUrl ?? "", context.Request.Url?.AbsolutePath ?? "", headers, body);
        Received.Enqueue(received);
        Arrived.Release();
        try
        {
            await handler(received, context.Response);
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            // The client went away or the server is stopping.
        }
    }
}
