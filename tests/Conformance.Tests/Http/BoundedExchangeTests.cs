using System.Text;
using Conformance.Http;

namespace Conformance.Tests.Http;

/// <summary>
/// A target that accepts and then stalls cannot hold an exchange past its deadline: the timeout
/// covers the body too, and cancelling a body that never ends returns at once. Each test waits
/// at most 20 s for the transport (a guard against a hang, not a speed assertion).
/// </summary>
[TestFixture]
public sealed class BoundedExchangeTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    [Test]
    public async Task ABodyTrickledAByteASecondEndsAtTheDeadline()
    {
        LoopbackServer? server = null;
        await using var _ = server = LoopbackServer.Start(async (r, resp) =>
        {
            resp.StatusCode = 200;
            resp.ContentType = "application/json";
            resp.SendChunked = true;
            for (var i = 0; i < 600 && !server!.Stopping.IsCancellationRequested; i++)
            {
                await resp.OutputStream.WriteAsync("{"u8.ToArray(), server.Stopping);
                await resp.OutputStream.FlushAsync(server.Stopping);
                await Task.Delay(1000, server.Stopping);
            }
        });
        using var transport = new RestSharpTransport(server.BaseUrl, new SecretRegistry(), TimeProvider.System, new HttpTransportOptions { Timeout = TimeSpan.FromSeconds(2) });

        var sent = await transport.SendAsync(OutgoingRequest.Create("GET", "/slow-body"), "probe", CancellationToken.None).WaitAsync(Guard);

        Assert.Multiple(() =>
        {
            Assert.That(sent.Recorded.Response, Is.Null, "headers came, but the body did not finish in time");
            Assert.That(sent.Recorded.Failure, Is.EqualTo(TransportFailure.Timeout));
            Assert.That(sent.Recorded.TransportError, Does.StartWith("timed out after 2 s (the whole exchange, body included)"));
        });
    }

    [Test]
    public async Task CancellingABodyThatNeverEndsReturnsAtOnce()
    {
        LoopbackServer? server = null;
        await using var _ = server = LoopbackServer.Start(async (r, resp) =>
        {
            resp.StatusCode = 200;
            resp.SendChunked = true;
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 64));
            while (!server!.Stopping.IsCancellationRequested)
            {
                await resp.OutputStream.WriteAsync(chunk, server.Stopping);
                await resp.OutputStream.FlushAsync(server.Stopping);
                await Task.Delay(50, server.Stopping);
            }
        });
        using var transport = new RestSharpTransport(server.BaseUrl, new SecretRegistry(), TimeProvider.System, new HttpTransportOptions { Timeout = TimeSpan.FromMinutes(10) });
        using var cancel = new CancellationTokenSource();

        var sending = transport.SendAsync(OutgoingRequest.Create("GET", "/chunked-forever"), "probe", cancel.Token);
        Assert.That(await server.Arrived.WaitAsync(Guard), Is.True);
        await Task.Delay(300);
        await cancel.CancelAsync();

        Assert.That(async () => await sending.WaitAsync(Guard), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task ATruncatedBodySaysHowBigItWasAndKeepsOnlyAnExcerpt()
    {
        var body = new string('x', 300_000);
        await using var server = LoopbackServer.Start((r, resp) => LoopbackServer.Write(resp, 200, body, "text/plain"));
        using var transport = new RestSharpTransport(server.BaseUrl, new SecretRegistry(), TimeProvider.System,
            new HttpTransportOptions { MaxResponseBodyBytes = 128 * 1024, TruncatedBodyKeptBytes = 1000 });

        var sent = await transport.SendAsync(OutgoingRequest.Create("GET", "/big"), "probe", CancellationToken.None).WaitAsync(Guard);

        var response = sent.Recorded.Response!;
        Assert.Multiple(() =>
        {
            Assert.That(response.Truncated, Is.True);
            Assert.That(response.Truncation, Is.EqualTo("body truncated at 128 KiB of 300000 bytes"));
            Assert.That(response.Body, Has.Length.EqualTo(1000));
        });
    }

    [TestCase(50L * 1024 * 1024, "body truncated at 1 MiB of 50 MiB")]
    [TestCase(null, "body truncated at 1 MiB of more than that (no Content-Length)")]
    public void TruncationNamesTheCapAndTheAnnouncedSize(long? declared, string expected)
    {
        var response = new RecordedResponse(200, "application/json", [], "{", true) { CapBytes = 1024 * 1024, DeclaredLength = declared };

        Assert.That(response.Truncation, Is.EqualTo(expected));
    }

    [Test]
    public async Task AResetConnectionIsATransientConnectionFailure()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var accepting = Task.Run(async () =>
        {
            using var socket = await listener.AcceptSocketAsync();
            var buffer = new byte[4096];
            await socket.ReceiveAsync(buffer);
            socket.LingerState = new System.Net.Sockets.LingerOption(true, 0);
            socket.Close();
        });
        try
        {
            using var transport = new RestSharpTransport(new Uri($"http://127.0.0.1:{port}/"), new SecretRegistry(), TimeProvider.System);

            var sent = await transport.SendAsync(OutgoingRequest.Create("GET", "/reset"), "probe", CancellationToken.None).WaitAsync(Guard);

            Assert.Multiple(() =>
            {
                Assert.That(sent.Recorded.Response, Is.Null);
                Assert.That(sent.Recorded.Failure, Is.EqualTo(TransportFailure.Connection), sent.Recorded.TransportError);
            });
        }
        finally
        {
            await accepting.WaitAsync(Guard);
            listener.Stop();
        }
    }

    [Test]
    public async Task AtMostMaxRpsRequestsLeaveInASecond()
    {
        await using var server = LoopbackServer.Start((r, resp) => LoopbackServer.Write(resp, 200, "{}"));
        using var transport = new RestSharpTransport(server.BaseUrl, new SecretRegistry(), TimeProvider.System, new HttpTransportOptions { MaxRequestsPerSecond = 4 });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => transport.SendAsync(OutgoingRequest.Create("GET", $"/r{i}"), "probe", CancellationToken.None))).WaitAsync(Guard);

        // A lower bound only (a cap cannot make it faster): 4 at once, then 4 a second → ≥ 2 s for 12.
        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1.9)));
    }
}
