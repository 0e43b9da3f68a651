using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conformance.Tests.Hostile;

/// <summary>
/// An in-process reverse proxy on 127.0.0.1 in front of a real target, misbehaving on a chosen
/// share of the answers (a seeded draw, so a run is repeatable). Keeps every body the target
/// returned, so a test can look for each secret the target ever gave out.
/// </summary>
internal sealed class HostileProxy : IAsyncDisposable
{
    public const long HugeBodyBytes = 50L * 1024 * 1024;

    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection", "TE", "Trailer", "Host", "Content-Length",
    };

    private readonly WebApplication app;
    private readonly HttpClient upstream;
    private readonly Uri target;
    private readonly HostileBehaviour? behaviour;
    private readonly double share;
    private readonly Random draw;
    private readonly CancellationTokenSource stopping = new();

    private HostileProxy(WebApplication app, HttpClient upstream, Uri target, HostileBehaviour? behaviour, double share, int seed, Uri? elsewhere)
    {
        this.app = app;
        this.upstream = upstream;
        this.target = target;
        this.behaviour = behaviour;
        this.share = share;
        draw = new Random(seed);
        Elsewhere = elsewhere;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Where <see cref="HostileBehaviour.RedirectElsewhere"/> points.</summary>
    public Uri? Elsewhere { get; }

    /// <summary>Every body the target returned through the proxy, as it came.</summary>
    public ConcurrentQueue<string> ReturnedBodies { get; } = new();

    public int Answers => answers;

    /// <summary>Completes when the first request arrives.</summary>
    public Task FirstRequest => firstRequest.Task;

    private readonly TaskCompletionSource firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Misbehaved => misbehaved;

    private int answers;
    private int misbehaved;

    /// <param name="share">The share of answers to misbehave on, 0 to 1.</param>
    /// <param name="certificate">Serve TLS with this certificate (https), else plain HTTP.</param>
    public static async Task<HostileProxy> StartAsync(Uri target, HostileBehaviour? behaviour, double share, int seed = 10, X509Certificate2? certificate = null, Uri? elsewhere = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = Environments.Production });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MinResponseDataRate = null;
            k.Listen(IPAddress.Loopback, 0, listen =>
            {
                if (certificate is not null) listen.UseHttps(certificate);
            });
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false };
        var proxy = new HostileProxy(app, new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) }, target, behaviour, share, seed, elsewhere);
        app.Run(proxy.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        proxy.BaseUrl = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        upstream.Dispose();
        stopping.Dispose();
    }

    private bool Pick()
    {
        Interlocked.Increment(ref answers);
        firstRequest.TrySetResult();
        if (behaviour is null) return false;
        bool picked;
        lock (draw) picked = draw.NextDouble() < share;
        if (picked) Interlocked.Increment(ref misbehaved);
        return picked;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
        var ct = linked.Token;
        try
        {
            var act = Pick() ? behaviour : null;
            switch (act)
            {
                case HostileBehaviour.Hang:
                    await Task.Delay(Timeout.Infinite, ct);
                    return;
                case HostileBehaviour.ThrottleStorm:
                    context.Response.StatusCode = 429;
                    context.Response.Headers.RetryAfter = "1";
                    await WriteAsync(context, "application/json", "{\"message\":\"Too Many Requests\"}"u8.ToArray(), ct);
                    return;
                case HostileBehaviour.HtmlErrorPage:
                    context.Response.StatusCode = 502;
                    await WriteAsync(context, "text/html; charset=utf-8", "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"u8.ToArray(), ct);
                    return;
                case HostileBehaviour.RedirectElsewhere:
                    context.Response.StatusCode = 307;
                    context.Response.Headers.Location = new Uri(Elsewhere!, context.Request.Path + context.Request.QueryString).AbsoluteUri;
                    return;
            }

            using var answer = await ForwardAsync(context, ct);
            var body = await answer.Content.ReadAsByteArrayAsync(ct);
            ReturnedBodies.Enqueue(Encoding.UTF8.GetString(body));
            context.Response.StatusCode = (int)answer.StatusCode;
            foreach (var header in answer.Headers.Concat(answer.Content.Headers).Where(h => !HopByHop.Contains(h.Key)))
            {
                context.Response.Headers[header.Key] = header.Value.ToArray();
            }

            var contentType = answer.Content.Headers.ContentType?.ToString();
            switch (act)
            {
                case null:
                    await WriteAsync(context, contentType, body, ct);
                    break;
                case HostileBehaviour.SlowBody:
                    context.Response.ContentLength = body.Length;
                    foreach (var b in body)
                    {
                        await context.Response.Body.WriteAsync(new[] { b }, ct);
                        await context.Response.Body.FlushAsync(ct);
                        await Task.Delay(1000, ct);
                    }

                    break;
                case HostileBehaviour.ChunkedForever:
                    await context.Response.Body.WriteAsync(body.Length > 1 ? body[..1] : body, ct);
                    var padding = new byte[16 * 1024];
                    Array.Fill(padding, (byte)' ');
                    while (!ct.IsCancellationRequested)
                    {
                        await context.Response.Body.WriteAsync(padding, ct);
                        await context.Response.Body.FlushAsync(ct);
                        await Task.Delay(10, ct);
                    }

                    break;
                case HostileBehaviour.HugeBody:
                    context.Response.ContentLength = HugeBodyBytes;
                    await context.Response.Body.WriteAsync(body, ct);
                    var spaces = new byte[64 * 1024];
                    Array.Fill(spaces, (byte)' ');
                    for (var left = HugeBodyBytes - body.Length; left > 0; left -= spaces.Length)
                    {
                        await context.Response.Body.WriteAsync(spaces.AsMemory(0, (int)Math.Min(spaces.Length, left)), ct);
                    }

                    break;
                case HostileBehaviour.InvalidJson:
                    await WriteAsync(context, contentType, body[..(body.Length / 2)], ct);
                    break;
                case HostileBehaviour.InvalidUtf8:
                    var quote = Array.IndexOf(body, (byte)'"');
                    var broken = quote < 0 ? [0xFF, 0xFE, .. body] : (byte[])[.. body[..(quote + 1)], 0xC3, 0x28, 0xFF, .. body[(quote + 1)..]];
                    await WriteAsync(context, contentType, broken, ct);
                    break;
                case HostileBehaviour.ConnectionReset:
                    context.Abort();
                    break;
                case HostileBehaviour.WrongContentType:
                    await WriteAsync(context, "text/plain", body, ct);
                    break;
            }
        }
        catch (OperationCanceledException)
        {
            // The client gave up (its deadline) or the proxy is stopping.
        }
        catch (IOException)
        {
            // The client went away mid-body.
        }
    }

    private async Task<HttpResponseMessage> ForwardAsync(HttpContext context, CancellationToken ct)
    {
        var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(target, context.Request.Path.Value!.TrimStart('/') + context.Request.QueryString));
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length > 0 || context.Request.ContentType is not null) request.Content = new ByteArrayContent(buffer.ToArray());
        foreach (var header in context.Request.Headers.Where(h => !HopByHop.Contains(h.Key)))
        {
            if (!request.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray()))
            {
                request.Content?.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
            }
        }

        return await upstream.SendAsync(request, ct);
    }

    private static async Task WriteAsync(HttpContext context, string? contentType, byte[] body, CancellationToken ct)
    {
        if (contentType is not null) context.Response.ContentType = contentType;
        else context.Response.Headers.Remove("Content-Type");
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, ct);
    }
}
