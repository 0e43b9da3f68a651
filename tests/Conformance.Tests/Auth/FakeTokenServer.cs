using System.Net;
using System.Text;
using Conformance.Tests.Http;

namespace Conformance.Tests.Auth;

/// <summary>
/// A fake OAuth 2.0 token endpoint (RFC 6749 §4.4) at <c>/iso/oauth2/token</c>, accepting body
/// or Basic client authentication, issuing <c>tok-1</c>, <c>tok-2</c>… with <c>expires_in: 3600</c>;
/// every other path answers 200 when the bearer is a token it issued.
/// </summary>
internal sealed class FakeTokenServer : IAsyncDisposable
{
    private int issued;

    public FakeTokenServer() => Server = LoopbackServer.Start(Handle);

    public LoopbackServer Server { get; }

    public int TokenRequests => Server.Received.Count(r => r.Path == "/iso/oauth2/token");

    public int? TokenStatusOverride { get; set; }

    /// <summary>Token requests to answer 429 with <c>Retry-After: 0</c> before answering normally.</summary>
    public int ThrottleNext { get; set; }

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private async Task Handle(ReceivedRequest request, HttpListenerResponse response)
    {
        if (request.Path != "/iso/oauth2/token")
        {
            var ok = request.Header("Authorization") is { } auth && auth.StartsWith("Bearer tok-", StringComparison.Ordinal);
            await LoopbackServer.Write(response, ok ? 200 : 401, "{}");
            return;
        }

        if (ThrottleNext > 0)
        {
            ThrottleNext--;
            response.Headers.Add("Retry-After", "0");
            await LoopbackServer.Write(response, 429, "{\"error\":\"slow_down\"}");
            return;
        }

        var form = request.Body.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => WebUtility.UrlDecode(p[1]));
        var basic = request.Header("Authorization") is { } header && header.StartsWith("Basic ", StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..])).Split(':', 2)
            : null;
        var clientId = basic?[0] ?? form.GetValueOrDefault("client_id");
        var secret = basic?[1] ?? form.GetValueOrDefault("client_secret");
        var valid = form.GetValueOrDefault("grant_type") == "client_credentials"
            && request.Header("Content-Type") == "application/x-www-form-urlencoded"
            && clientId == AuthTestSpec.ClientId
            && secret == AuthTestSpec.ClientSecret;
        if (TokenStatusOverride is { } status || !valid)
        {
            await LoopbackServer.Write(response, TokenStatusOverride ?? 401, "{\"error\":\"invalid_client\",\"message\":\"Client authentication failed.\"}");
            return;
        }

        var token = $"tok-{Interlocked.Increment(ref issued)}-0123456789";
        await LoopbackServer.Write(response, 200, $"{{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"{token}\"}}");
    }
}
