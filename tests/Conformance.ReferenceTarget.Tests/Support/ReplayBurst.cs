using System.Net;

namespace Conformance.ReferenceTarget.Tests.Support;

/// <summary>
/// Fires rounds of simultaneous requests that share one nonce and counts, per round, how many got
/// past the nonce check (any answer other than "request nonce has already been used").
/// </summary>
internal static class ReplayBurst
{
    private const string Used = "request nonce has already been used";

    public static async Task<int[]> RunAsync(TestTarget target, DfnsCall call, int rounds, int size, Func<int[], bool>? stopWhen = null)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = size, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1) };
        using var http = new HttpClient(handler) { BaseAddress = target.Running.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        var client = new DfnsTestClient(http, target.Profile, TimeProvider.System);

        // Open the connections first so the rounds measure the server, not TCP handshakes.
        await Task.WhenAll(Enumerable.Range(0, size).Select(_ => client.SendAsync(new DfnsCall("GET", "/auth/credentials"))));

        var accepted = new List<int>();
        for (var round = 0; round < rounds; round++)
        {
            var nonce = client.FreshNonce();
            var requests = Enumerable.Range(0, size).Select(_ => client.Build(call with { Nonce = nonce })).ToArray();
            var start = new TaskCompletionSource();
            var sends = requests.Select(async request =>
            {
                await start.Task;
                return await Reply.ReadAsync(await http.SendAsync(request));
            }).ToArray();
            start.SetResult();
            var replies = await Task.WhenAll(sends);
            Assert.That(replies.Select(r => r.Status), Has.None.EqualTo(HttpStatusCode.InternalServerError));
            accepted.Add(replies.Count(r => r.ErrorMessage != Used));
            if (stopWhen?.Invoke([.. accepted]) == true)
            {
                break;
            }
        }

        return [.. accepted];
    }
}
