using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Http;

namespace Conformance.Auth;

/// <summary>
/// OAuth 2.0 client credentials grant (RFC 6749 §4.4) with a token cache per (target, client id):
/// a token is reused until <c>expires_in</c> minus a safety margin has passed on the injected
/// clock, then renewed; <see cref="Invalidate"/> drops it early (after a 401). A token request
/// answered 429/503 or cut by a connection reset is retried (<see cref="EngineRetry"/>).
/// </summary>
internal sealed class OAuthTokenClient(IHttpTransport transport, SecretRegistry secrets, TimeProvider time)
{
    public const string Label = "setup: oauth2 token";

    private readonly ConcurrentDictionary<(string Target, string ClientId), CachedToken> cache = new();
    private readonly ConcurrentDictionary<(string Target, string ClientId), SemaphoreSlim> gates = new();

    /// <summary>Renew this long before the token expires, so it does not expire in flight (at most a tenth of its life).</summary>
    public TimeSpan Margin { get; init; } = TimeSpan.FromSeconds(60);

    /// <param name="tokenUrl">The scheme's tokenUrl; an absolute one keeps only its path (the target replaces the spec's servers).</param>
    /// <param name="basic">Authenticate the client with HTTP Basic (RFC 6749 §2.3.1) instead of body parameters.</param>
    public async Task<OAuthTokenResult> GetAsync(string tokenUrl, string clientId, string clientSecret, bool basic, CancellationToken cancellationToken)
    {
        var key = (transport.BaseUrl.AbsoluteUri, clientId);
        if (Fresh(key) is { } cached) return new OAuthTokenResult(cached, null, null);

        // One token request per client at a time: a concurrent burst waits for it, not N requests.
        var gate = gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(key) is { } raced) return new OAuthTokenResult(raced, null, null);
            return await RequestAsync(key, tokenUrl, clientId, clientSecret, basic, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate(string clientId) => cache.TryRemove((transport.BaseUrl.AbsoluteUri, clientId), out _);

    /// <summary>Drops the client's cached token when <paramref name="exchange"/> was refused with 401 (RFC 6750 §3.1 invalid_token).</summary>
    public bool InvalidateOnUnauthorized(Exchange exchange, string clientId)
    {
        if (exchange.Status != 401) return false;
        Invalidate(clientId);
        return true;
    }

    private string? Fresh((string, string) key) =>
        cache.TryGetValue(key, out var token) && time.GetUtcNow() < token.RenewAt ? token.AccessToken : null;

    private async Task<OAuthTokenResult> RequestAsync((string, string) key, string tokenUrl, string clientId, string clientSecret, bool basic, CancellationToken cancellationToken)
    {
        secrets.Add(clientSecret);
        var path = Uri.TryCreate(tokenUrl, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : tokenUrl;
        var request = OutgoingRequest.Create("POST", path).WithHeader("Accept", "application/json").IssuingSecretsIn("access_token", "refresh_token");
        if (basic)
        {
            // RFC 6749 §2.3.1: id and secret are form-encoded before they become Basic's user and password.
            var pair = WebUtility.UrlEncode(clientId) + ":" + WebUtility.UrlEncode(clientSecret);
            request = request.WithHeader("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)))
                .WithBody("grant_type=client_credentials", "application/x-www-form-urlencoded");
        }
        else
        {
            request = request.WithBody(
                $"grant_type=client_credentials&client_id={Uri.EscapeDataString(clientId)}&client_secret={Uri.EscapeDataString(clientSecret)}",
                "application/x-www-form-urlencoded");
        }

        var tries = new List<Exchange>();
        var retry = EngineRetry.Create<SentExchange>(s => s.Recorded, time);
        var requestedAt = time.GetUtcNow();
        var sent = await retry.ExecuteAsync(
            async ct =>
            {
                requestedAt = time.GetUtcNow();
                var answer = await transport.SendAsync(request, Label, ct);
                tries.Add(answer.Recorded);
                return answer;
            },
            cancellationToken);
        var exchange = sent.Recorded;
        var earlier = tries.Take(tries.Count - 1).ToList();
        var what = $"POST {path.Split('?')[0]}";
        if (exchange.TransportError is { } error) return Failed(exchange, earlier, $"{what}: {error}");
        if (exchange.Status is not (>= 200 and <= 299)) return Failed(exchange, earlier, $"{what} answered {exchange.Status}{Tried(tries)}");
        if (exchange.Json is null) return Failed(exchange, earlier, $"{what} answered {exchange.Status}: {exchange.JsonProblem ?? "no body"}");
        if ((sent.RawJson as JsonObject)?["access_token"] is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
        {
            return Failed(exchange, earlier, $"{what} answered {exchange.Status} without access_token");
        }

        var token = v.GetValue<string>();
        secrets.Add(token);

        // RFC 6749 §5.1: expires_in is RECOMMENDED; without it the token is used once, never cached.
        if (Seconds(((JsonObject)sent.RawJson!)["expires_in"]) is { } life and > 0)
        {
            var margin = TimeSpan.FromTicks(Math.Min(Margin.Ticks, TimeSpan.FromSeconds(life).Ticks / 10));
            cache[key] = new CachedToken(token, requestedAt + TimeSpan.FromSeconds(life) - margin);
        }

        return new OAuthTokenResult(token, exchange, null) { Earlier = earlier };
    }

    private static OAuthTokenResult Failed(Exchange exchange, IReadOnlyList<Exchange> earlier, string reason) =>
        new(null, exchange, "oauth2 token request failed: " + reason) { Earlier = earlier };

    private static string Tried(List<Exchange> tries) => tries.Count > 1 ? $" ({tries.Count} tries)" : "";

    private static double? Seconds(JsonNode? node) => node is JsonValue v
        ? v.GetValueKind() switch
        {
            JsonValueKind.Number => v.GetValue<double>(),
            JsonValueKind.String when double.TryParse(v.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out var s) => s,
            _ => null,
        }
        : null;

    private sealed record CachedToken(string AccessToken, DateTimeOffset RenewAt)
    {
        private bool PrintMembers(System.Text.StringBuilder builder)
        {
            builder.Append($"AccessToken = [REDACTED], RenewAt = {RenewAt:O}");
            return true;
        }
    }
}
